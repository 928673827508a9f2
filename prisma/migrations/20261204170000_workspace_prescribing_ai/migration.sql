-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "careInstructions" TEXT,
ADD COLUMN     "educationKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "flaggedUnusual" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Pharmacy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ncpdpId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "gatewayKey" TEXT NOT NULL DEFAULT 'sandbox',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pharmacy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prescription" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "prescriberUserId" TEXT NOT NULL,
    "medicationName" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "rxcui" TEXT,
    "doseMg" DOUBLE PRECISION,
    "doseText" TEXT NOT NULL,
    "route" TEXT NOT NULL DEFAULT 'oral',
    "frequencyPerDay" DOUBLE PRECISION,
    "frequencyText" TEXT NOT NULL,
    "durationDays" INTEGER,
    "quantity" INTEGER NOT NULL,
    "refills" INTEGER NOT NULL DEFAULT 0,
    "instructions" TEXT,
    "pharmacyId" TEXT,
    "controlledSubstance" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "safetyResult" JSONB,
    "overrideRationale" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "idempotencyKey" TEXT NOT NULL,
    "pharmacyOrderId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "manualQueuedAt" TIMESTAMPTZ(3),
    "resolvedById" TEXT,
    "resolution" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Prescription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicalDecisionSupportLog" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "providerUserId" TEXT NOT NULL,
    "prescriptionIds" TEXT[],
    "checksPerformed" JSONB NOT NULL,
    "results" JSONB NOT NULL,
    "aiRecommendation" JSONB,
    "decision" TEXT NOT NULL,
    "deviationReason" TEXT,
    "overridden" BOOLEAN NOT NULL DEFAULT false,
    "overrideRationale" TEXT,
    "acknowledgedFindingIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "patientSafetyChecked" BOOLEAN NOT NULL,
    "drugInteractionChecked" BOOLEAN NOT NULL,
    "allergyChecked" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicalDecisionSupportLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerReview" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "authorProviderId" TEXT NOT NULL,
    "reviewerProviderId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "triggers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" TEXT NOT NULL DEFAULT 'pending',
    "score" INTEGER,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PeerReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationQualityMetrics" (
    "consultationId" TEXT NOT NULL,
    "timeToFirstResponseMinutes" INTEGER,
    "timeToCompletionMinutes" INTEGER,
    "peerReviewScore" INTEGER,
    "documentationCompleteness" DOUBLE PRECISION,
    "activeProviderSeconds" INTEGER NOT NULL DEFAULT 0,
    "suggestedCptCode" TEXT,
    "aiAgreement" BOOLEAN,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsultationQualityMetrics_pkey" PRIMARY KEY ("consultationId")
);

-- CreateTable
CREATE TABLE "ProviderTimeEntry" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "providerUserId" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "seconds" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProviderTimeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiInteractionLog" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "requestedByUserId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "engine" TEXT,
    "serviceKey" TEXT,
    "model" TEXT,
    "promptVersion" TEXT NOT NULL,
    "temperature" DOUBLE PRECISION,
    "maxTokens" INTEGER,
    "deidentified" BOOLEAN NOT NULL DEFAULT false,
    "inputSnapshot" JSONB,
    "rawOutput" TEXT,
    "output" JSONB,
    "validationErrors" JSONB,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "latencyMs" INTEGER,
    "promptTokens" INTEGER,
    "completionTokens" INTEGER,
    "finalText" JSONB,
    "providerModifications" JSONB,
    "decision" TEXT,
    "deviationReason" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AiInteractionLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalService" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "baseUrl" TEXT,
    "baaCovered" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatientFeedback" (
    "consultationId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatientFeedback_pkey" PRIMARY KEY ("consultationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Pharmacy_ncpdpId_key" ON "Pharmacy"("ncpdpId");

-- CreateIndex
CREATE UNIQUE INDEX "Prescription_idempotencyKey_key" ON "Prescription"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Prescription_consultationId_idx" ON "Prescription"("consultationId");

-- CreateIndex
CREATE INDEX "Prescription_status_idx" ON "Prescription"("status");

-- CreateIndex
CREATE INDEX "ClinicalDecisionSupportLog_consultationId_idx" ON "ClinicalDecisionSupportLog"("consultationId");

-- CreateIndex
CREATE INDEX "PeerReview_reviewerProviderId_status_idx" ON "PeerReview"("reviewerProviderId", "status");

-- CreateIndex
CREATE INDEX "PeerReview_consultationId_idx" ON "PeerReview"("consultationId");

-- CreateIndex
CREATE INDEX "ProviderTimeEntry_consultationId_idx" ON "ProviderTimeEntry"("consultationId");

-- CreateIndex
CREATE INDEX "ProviderTimeEntry_providerUserId_startedAt_idx" ON "ProviderTimeEntry"("providerUserId", "startedAt");

-- CreateIndex
CREATE INDEX "AiInteractionLog_consultationId_createdAt_idx" ON "AiInteractionLog"("consultationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalService_key_key" ON "ExternalService"("key");

-- AddForeignKey
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

