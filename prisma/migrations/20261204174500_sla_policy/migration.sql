-- AlterTable
ALTER TABLE "SlaPolicy" DROP COLUMN "autoEscalate",
ADD COLUMN     "breachAction" TEXT NOT NULL DEFAULT 'notify',
ADD COLUMN     "businessHours" JSONB;

