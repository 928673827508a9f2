import type { ConsultationEventMessage, QueueChangedMessage } from "@/lib/schemas/realtime";
import { statusMessage } from "@/lib/consultations/status-messages";
import type { ConsultationStatus } from "@/lib/consultations/statuses";
import type { OutboxPayload } from "../outbox/write-outbox-event";

interface OutboxRow {
  id: bigint;
  type: string;
  consultationId: string | null;
  payload: unknown;
  createdAt: Date;
}

const OTHER_MESSAGES: Record<string, { en: string; es: string }> = {
  "consultation.message": { en: "You have a new message", es: "Tiene un mensaje nuevo" },
  "consultation.created": { en: "We received your request", es: "Recibimos su solicitud" },
  "consultation.updated": { en: "Your consultation was updated", es: "Su consulta fue actualizada" },
  "consultation.ai": { en: "Decision support updated", es: "Apoyo a la decisión actualizado" },
};

/** The `consultation.event` message (ids, status and plain words only; no PHI). */
export function toConsultationEvent(e: OutboxRow, locale = "en"): ConsultationEventMessage {
  const p = (e.payload ?? {}) as OutboxPayload;
  const status = typeof p.status === "string" ? p.status : undefined;
  const lang = locale === "es" ? "es" : "en";
  const message = e.type === "consultation.transitioned" && status
    ? statusMessage(status as ConsultationStatus, lang)
    : (OTHER_MESSAGES[e.type]?.[lang] ?? OTHER_MESSAGES["consultation.updated"]![lang]);
  return { eventId: e.id.toString(), consultationId: e.consultationId ?? "", type: e.type, status, message, occurredAt: e.createdAt.toISOString() };
}

export function toQueueChanged(e: OutboxRow): QueueChangedMessage {
  const p = (e.payload ?? {}) as OutboxPayload;
  return { eventId: e.id.toString(), consultationId: e.consultationId ?? "", type: e.type, status: p.status, version: p.version };
}
