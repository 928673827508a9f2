-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('patient', 'provider', 'supervisor', 'pharmacist', 'admin');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('pending', 'triaged', 'assigned', 'in_review', 'requires_info', 'requires_peer_review', 'prescription_pending', 'prescription_sent', 'completed', 'cancelled', 'escalated');

-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('urgent', 'high', 'medium', 'routine');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('low', 'moderate', 'high', 'critical');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('allowed', 'denied');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'America/New_York',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "mfaSecretEnc" TEXT,
    "mfaEnabledAt" TIMESTAMPTZ(3),
    "mfaRecoveryHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "passwordChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActiveAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "mfaVerifiedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "ipAddress" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" TEXT NOT NULL,
    "weightKg" DOUBLE PRECISION,
    "heightCm" DOUBLE PRECISION,
    "pregnancyStatus" TEXT NOT NULL DEFAULT 'not_applicable',
    "allergies" JSONB NOT NULL DEFAULT '[]',
    "currentMedications" JSONB NOT NULL DEFAULT '[]',
    "chronicConditions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "immunosuppressed" BOOLEAN NOT NULL DEFAULT false,
    "hypercapnicRespiratoryFailure" BOOLEAN NOT NULL DEFAULT false,
    "serumCreatinine" DOUBLE PRECISION,
    "languagePreference" TEXT NOT NULL DEFAULT 'en',
    "stateOfResidence" TEXT NOT NULL,
    "phone" TEXT,
    "notificationChannels" TEXT[] DEFAULT ARRAY['in_app', 'email']::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "specialties" TEXT[],
    "credential" TEXT NOT NULL DEFAULT 'MD',
    "licenseNumber" TEXT NOT NULL,
    "licensedStates" TEXT[],
    "licenseExpiresAt" DATE NOT NULL,
    "maxDailyConsultations" INTEGER NOT NULL DEFAULT 20,
    "completedTrainings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "inTraining" BOOLEAN NOT NULL DEFAULT false,
    "available" BOOLEAN NOT NULL DEFAULT true,
    "timeZone" TEXT NOT NULL DEFAULT 'America/New_York',
    "supervisorUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'pending',
    "urgency" "Urgency" NOT NULL DEFAULT 'routine',
    "consultationType" TEXT NOT NULL,
    "chiefComplaint" TEXT NOT NULL,
    "intake" JSONB NOT NULL,
    "clinicalRiskLevel" "RiskLevel",
    "triageScore" INTEGER,
    "triageResult" JSONB,
    "redFlagIndicators" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "requiresSynchronousVisit" BOOLEAN NOT NULL DEFAULT false,
    "queuePriority" INTEGER NOT NULL DEFAULT 0,
    "assignedProviderId" TEXT,
    "reviewedBy" TEXT,
    "peerReviewerId" TEXT,
    "supervisorApprovalRequired" BOOLEAN NOT NULL DEFAULT false,
    "supervisorApprovedAt" TIMESTAMPTZ(3),
    "supervisorApprovedById" TEXT,
    "assessment" TEXT,
    "plan" TEXT,
    "clinicalDecisionRationale" TEXT,
    "differentialDiagnosis" JSONB,
    "primaryDiagnosisCode" TEXT,
    "consentRecordedAt" TIMESTAMPTZ(3),
    "consentVersion" TEXT,
    "consentIp" TEXT,
    "patientLanguagePreference" TEXT NOT NULL DEFAULT 'en',
    "translationRequired" BOOLEAN NOT NULL DEFAULT false,
    "slaDueAt" TIMESTAMPTZ(3),
    "slaViolationAt" TIMESTAMPTZ(3),
    "slaPausedAt" TIMESTAMPTZ(3),
    "slaPausedMinutes" INTEGER NOT NULL DEFAULT 0,
    "responseTimeMinutes" INTEGER,
    "pharmacyOrderId" TEXT,
    "cancellationReason" TEXT,
    "escalationReason" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "triagedAt" TIMESTAMPTZ(3),
    "assignedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationStateHistory" (
    "id" BIGSERIAL NOT NULL,
    "consultationId" TEXT NOT NULL,
    "fromStatus" "ConsultationStatus",
    "toStatus" "ConsultationStatus" NOT NULL,
    "changedById" TEXT,
    "changedByRole" TEXT NOT NULL,
    "reason" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationStateHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationMessage" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "senderId" TEXT,
    "senderRole" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "priority" TEXT NOT NULL DEFAULT 'normal',
    "requiresProviderResponse" BOOLEAN NOT NULL DEFAULT false,
    "automated" BOOLEAN NOT NULL DEFAULT false,
    "readReceiptRequired" BOOLEAN NOT NULL DEFAULT false,
    "readAt" TIMESTAMPTZ(3),
    "acknowledgedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT,
    "uploadedById" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbnailKey" TEXT,
    "originalName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT,
    "patientId" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "sessionId" TEXT,
    "requestId" TEXT,
    "justification" TEXT,
    "emergencyAccess" BOOLEAN NOT NULL DEFAULT false,
    "diff" JSONB,
    "metadata" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" BIGSERIAL NOT NULL,
    "consultationId" TEXT,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "ServiceHeartbeat" (
    "service" TEXT NOT NULL,
    "instanceId" TEXT NOT NULL,
    "url" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceHeartbeat_pkey" PRIMARY KEY ("service","instanceId")
);

-- CreateTable
CREATE TABLE "SlaPolicy" (
    "urgency" "Urgency" NOT NULL,
    "targetMinutes" INTEGER NOT NULL,
    "autoEscalate" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SlaPolicy_pkey" PRIMARY KEY ("urgency")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Patient_userId_key" ON "Patient"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_userId_key" ON "Provider"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_reference_key" ON "Consultation"("reference");

-- CreateIndex
CREATE INDEX "consultation_queue_idx" ON "Consultation"("status", "queuePriority" DESC, "slaDueAt");

-- CreateIndex
CREATE INDEX "Consultation_patientId_createdAt_idx" ON "Consultation"("patientId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Consultation_assignedProviderId_status_idx" ON "Consultation"("assignedProviderId", "status");

-- CreateIndex
CREATE INDEX "Consultation_organizationId_status_idx" ON "Consultation"("organizationId", "status");

-- CreateIndex
CREATE INDEX "ConsultationStateHistory_consultationId_id_idx" ON "ConsultationStateHistory"("consultationId", "id");

-- CreateIndex
CREATE INDEX "ConsultationMessage_consultationId_createdAt_idx" ON "ConsultationMessage"("consultationId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_consultationId_idx" ON "Attachment"("consultationId");

-- CreateIndex
CREATE INDEX "AuditLog_patientId_id_idx" ON "AuditLog"("patientId", "id");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_id_idx" ON "AuditLog"("actorId", "id");

-- CreateIndex
CREATE INDEX "AuditLog_resourceId_idx" ON "AuditLog"("resourceId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxEvent_consultationId_id_idx" ON "OutboxEvent"("consultationId", "id");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_assignedProviderId_fkey" FOREIGN KEY ("assignedProviderId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_peerReviewerId_fkey" FOREIGN KEY ("peerReviewerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationStateHistory" ADD CONSTRAINT "ConsultationStateHistory_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationMessage" ADD CONSTRAINT "ConsultationMessage_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written parts (not expressible in schema.prisma)
-- ---------------------------------------------------------------------------

-- SLA sweeps only look at open consultations: keep that index small.
CREATE INDEX "consultation_sla_open_idx" ON "Consultation" ("slaDueAt")
  WHERE "status" NOT IN ('completed', 'cancelled');

-- The audit trail is append-only: UPDATE, DELETE and TRUNCATE are refused for every role.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Wake the realtime relay when an outbox row commits (NOTIFY is delivered on commit only).
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_event', NEW."id"::text);
  RETURN NEW;
END;
$$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON "OutboxEvent"
  FOR EACH ROW EXECUTE FUNCTION outbox_notify();
