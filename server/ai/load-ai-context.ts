/**
 * Loads what the AI functions may use about one consultation — the patient's record, the intake
 * and triage, up to ten previous consultations, the message thread and the provider's notes —
 * and builds the full (identified) context. De-identification, when required, happens after.
 */
import { buildAiContext, type AiContext } from "@/lib/ai/ai-context";
import type { TIntake } from "@/lib/schemas/intake";
import type { TTriageResult } from "@/lib/schemas/triage";
import { db } from "../db/prisma";

const PREVIOUS = 10;

export async function loadAiContext(consultationId: string, now = new Date()): Promise<AiContext> {
  const c = await db.consultation.findUniqueOrThrow({ where: { id: consultationId }, include: { patient: { include: { user: { select: { name: true, email: true } } } } } });
  const [previous, messages] = await Promise.all([
    db.consultation.findMany({
      where: { patientId: c.patientId, id: { not: c.id }, submittedAt: { lt: c.submittedAt } }, orderBy: { submittedAt: "desc" }, take: PREVIOUS,
      select: { reference: true, submittedAt: true, chiefComplaint: true, primaryDiagnosisCode: true, status: true },
    }),
    db.consultationMessage.findMany({ where: { consultationId }, orderBy: { createdAt: "asc" }, select: { senderRole: true, body: true, automated: true } }),
  ]);
  const p = c.patient;
  return buildAiContext({
    now,
    patient: {
      name: p.user.name, email: p.user.email, phone: p.phone, dateOfBirth: p.dateOfBirth, sex: p.sex, stateOfResidence: p.stateOfResidence,
      weightKg: p.weightKg, heightCm: p.heightCm, pregnancyStatus: p.pregnancyStatus, chronicConditions: p.chronicConditions,
      immunosuppressed: p.immunosuppressed, serumCreatinine: p.serumCreatinine, allergies: p.allergies, currentMedications: p.currentMedications,
      languagePreference: p.languagePreference,
    },
    consultation: {
      reference: c.reference, submittedAt: c.submittedAt, intake: c.intake as TIntake, triageResult: (c.triageResult ?? null) as TTriageResult | null,
      patientLanguagePreference: c.patientLanguagePreference, assessment: c.assessment, primaryDiagnosisCode: c.primaryDiagnosisCode,
      differentialDiagnosis: c.differentialDiagnosis, plan: c.plan, careInstructions: c.careInstructions,
    },
    previous: previous.map((x) => ({ ...x, status: String(x.status) })),
    messages,
  });
}
