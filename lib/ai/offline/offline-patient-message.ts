/**
 * The offline engine's patient message draft, in the patient's preferred language (English or
 * Spanish), at a reading age of about 9-11. It uses the clinician's care instructions when the
 * notes have them, otherwise the knowledge table's self-care advice, and always says when to get
 * urgent help. The medical disclaimer is appended later, in code (finalize-ai-output.ts).
 */
import type { AiContext } from "../ai-context";
import { emergencyFlag } from "./offline-assessment";
import { focusCondition } from "./offline-drafts";

const TEXT = {
  en: {
    hello: (name?: string) => (name ? `Hello ${name},` : "Hello,"),
    thanks: (complaint: string) => `Thank you for your request about “${complaint}”. A clinician has reviewed your answers.`,
    likely: (lay: string) => `What this looks like: ${lay}.`,
    instructions: "Your clinician's instructions:",
    whatToDo: "What you can do:",
    urgent: (when: string) => `Get urgent help (call 911 or go to the nearest emergency department) if ${when}.`,
    followUp: (days: number) => `If you are not getting better in ${days} day${days === 1 ? "" : "s"}, reply to this message.`,
    emergency: "Your answers include a sign that needs emergency care. Please call 911 or go to the nearest emergency department now. Do not wait for a reply.",
    genericUrgent: "you feel much worse or have new worrying symptoms",
    signOff: "Your care team",
  },
  es: {
    hello: (name?: string) => (name ? `Hola, ${name}:` : "Hola:"),
    thanks: () => "Gracias por su consulta. Un profesional médico revisó sus respuestas.",
    likely: (lay: string) => `Lo que parece: ${lay}.`,
    instructions: "Indicaciones de su profesional médico:",
    whatToDo: "Qué puede hacer:",
    urgent: (when: string) => `Busque ayuda urgente (llame al 911 o vaya a la sala de emergencias más cercana) si ${when}.`,
    followUp: (days: number) => `Si no mejora en ${days} día${days === 1 ? "" : "s"}, responda a este mensaje.`,
    emergency: "Sus respuestas muestran una señal que necesita atención de emergencia. Llame al 911 o vaya ahora a la sala de emergencias más cercana. No espere una respuesta.",
    genericUrgent: "se siente mucho peor o tiene síntomas nuevos que le preocupan",
    signOff: "Su equipo de atención",
  },
} as const;

export function offlinePatientMessage(ctx: AiContext): { language: "en" | "es"; body: string } {
  const language = ctx.patient.preferredLanguage;
  const t = TEXT[language];
  const firstName = ctx.patient.name?.trim().split(/\s+/)[0];
  const complaint = ctx.consultation.chiefComplaint.length > 90 ? `${ctx.consultation.chiefComplaint.slice(0, 87)}…` : ctx.consultation.chiefComplaint;
  if (emergencyFlag(ctx)) return { language, body: [t.hello(firstName), t.emergency, t.signOff].join("\n\n") };
  const condition = focusCondition(ctx);
  const care = ctx.providerNotes.careInstructions?.trim();
  const parts = [
    t.hello(firstName),
    t.thanks(complaint),
    condition ? t.likely(condition.lay[language]) : "",
    care ? `${t.instructions}\n${care}` : condition ? `${t.whatToDo}\n${condition.advice[language]}` : "",
    t.urgent(condition?.urgent[language] ?? t.genericUrgent),
    t.followUp(condition?.followUpDays ?? 3),
    t.signOff,
  ];
  return { language, body: parts.filter(Boolean).join("\n\n") };
}
