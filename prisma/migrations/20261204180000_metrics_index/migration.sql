-- CreateIndex
CREATE INDEX "Consultation_organizationId_submittedAt_idx" ON "Consultation"("organizationId", "submittedAt");

