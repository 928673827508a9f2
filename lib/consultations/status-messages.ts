/** Patient-friendly words for each status, in English and Spanish (reading age ~9-11). */
import type { ConsultationStatus } from "./statuses";

export type Locale = "en" | "es";

export const STATUS_MESSAGES: Record<ConsultationStatus, Record<Locale, { title: string; detail: string }>> = {
  pending: {
    en: { title: "We received your request", detail: "We are checking how urgent it is." },
    es: { title: "Recibimos su solicitud", detail: "Estamos revisando qué tan urgente es." },
  },
  triaged: {
    en: { title: "Waiting for a clinician", detail: "Your request is in the queue. A clinician will pick it up soon." },
    es: { title: "Esperando a un profesional", detail: "Su solicitud está en la fila. Un profesional la tomará pronto." },
  },
  assigned: {
    en: { title: "A clinician has your request", detail: "They will start reviewing your answers shortly." },
    es: { title: "Un profesional tiene su solicitud", detail: "Pronto empezará a revisar sus respuestas." },
  },
  in_review: {
    en: { title: "A clinician is reviewing your answers", detail: "They may ask you a question here." },
    es: { title: "Un profesional está revisando sus respuestas", detail: "Es posible que le haga una pregunta aquí." },
  },
  requires_info: {
    en: { title: "Your clinician has a question", detail: "Please answer the question on this page so they can continue." },
    es: { title: "Su profesional tiene una pregunta", detail: "Responda la pregunta en esta página para que pueda continuar." },
  },
  requires_peer_review: {
    en: { title: "A second clinician is checking the plan", detail: "This is a normal safety step." },
    es: { title: "Un segundo profesional está revisando el plan", detail: "Es un paso normal de seguridad." },
  },
  prescription_pending: {
    en: { title: "Your prescription is being sent", detail: "We are sending it to your pharmacy." },
    es: { title: "Estamos enviando su receta", detail: "La estamos enviando a su farmacia." },
  },
  prescription_sent: {
    en: { title: "Prescription sent", detail: "Your pharmacy has your prescription." },
    es: { title: "Receta enviada", detail: "Su farmacia ya tiene su receta." },
  },
  completed: {
    en: { title: "Your visit is complete", detail: "Read your care plan and instructions below." },
    es: { title: "Su consulta terminó", detail: "Lea su plan de cuidado y las instrucciones abajo." },
  },
  cancelled: {
    en: { title: "This request was cancelled", detail: "You can start a new request at any time." },
    es: { title: "Esta solicitud fue cancelada", detail: "Puede empezar una nueva solicitud cuando quiera." },
  },
  escalated: {
    en: { title: "You need care now", detail: "Call 911 or go to the nearest emergency department now." },
    es: { title: "Necesita atención ahora", detail: "Llame al 911 o vaya a la sala de emergencias más cercana ahora." },
  },
};

export function statusMessage(status: ConsultationStatus, locale: string): string {
  const l: Locale = locale === "es" ? "es" : "en";
  return STATUS_MESSAGES[status][l].title;
}
