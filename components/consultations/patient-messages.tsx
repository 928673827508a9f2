import { MessageComposer } from "@/components/messages/message-composer";
import { AcknowledgeButton } from "./acknowledge-button";

const T = {
  en: { question: "Your clinician has a question", answer: "Your answer", hint: "Your clinician will continue as soon as you reply.", send: "Send answer", thread: "Messages", clinician: "Clinician", you: "You", write: "Write to your clinician", sendMsg: "Send message", files: { add: "Add a photo or PDF", remove: "Remove", uploading: "Uploading…", failed: "{name} could not be added. Use a photo (JPEG, PNG, HEIC, WebP) or a PDF under 10 MB." }, important: "Important", ack: "I have read and understood this", acked: "You confirmed you read this", ackError: "Not saved. Try again." },
  es: { question: "Su profesional tiene una pregunta", answer: "Su respuesta", hint: "Su profesional continuará en cuanto responda.", send: "Enviar respuesta", thread: "Mensajes", clinician: "Profesional", you: "Usted", write: "Escriba a su profesional", sendMsg: "Enviar mensaje", files: { add: "Añadir una foto o un PDF", remove: "Quitar", uploading: "Subiendo…", failed: "No se pudo añadir {name}. Use una foto (JPEG, PNG, HEIC, WebP) o un PDF de menos de 10 MB." }, important: "Importante", ack: "Lo leí y lo entiendo", acked: "Usted confirmó que lo leyó", ackError: "No se guardó. Inténtelo de nuevo." },
};

interface Message {
  id: string;
  priority?: string;
  acknowledgedAt?: string | null;
  senderRole: string;
  body: string;
  createdAt: string;
}

/** The provider's questions first, with one obvious reply box while they wait for the patient. */
export function PatientMessages({ consultationId, messages, waitingOnPatient, canWrite, locale }: { consultationId: string; messages: Message[]; waitingOnPatient: boolean; canWrite: boolean; locale: string }) {
  const t = T[locale === "es" ? "es" : "en"];
  const lastQuestion = [...messages].reverse().find((m) => m.senderRole !== "patient");
  return (
    <div className="space-y-4">
      {waitingOnPatient && (
        <section aria-labelledby="q-title" className="rounded-card border-4 border-warn bg-white p-4">
          <h2 id="q-title" className="text-xl font-bold">{t.question}</h2>
          {lastQuestion && <p className="mt-2 whitespace-pre-line text-lg">{lastQuestion.body}</p>}
          <div className="mt-4">
            <MessageComposer consultationId={consultationId} label={t.answer} hint={t.hint} submitLabel={t.send} id="reply-body" files={t.files} />
          </div>
        </section>
      )}
      {messages.length > 0 && (
        <section aria-labelledby="thread-title" className="rounded-card border border-line bg-white p-4">
          <h2 id="thread-title" className="text-lg font-bold">{t.thread}</h2>
          <ol className="mt-2 space-y-2">
            {messages.map((m) => (
              <li key={m.id} className={`max-w-[85%] rounded-lg p-2 ${m.senderRole === "patient" ? "ml-auto bg-brand-light" : m.priority === "critical" ? "border-2 border-danger bg-white" : "bg-surface"}`}>
                <p className="text-xs text-muted">{m.priority === "critical" && <strong className="mr-1 text-danger">⚠ {t.important} ·</strong>}{m.senderRole === "patient" ? t.you : t.clinician} · {new Date(m.createdAt).toLocaleString(locale === "es" ? "es-US" : "en-US")}</p>
                <p className="whitespace-pre-line">{m.body}</p>
                {m.priority === "critical" && m.senderRole !== "patient" && (m.acknowledgedAt
                  ? <p className="mt-1 text-sm text-ok">✓ {t.acked}</p>
                  : <AcknowledgeButton consultationId={consultationId} messageId={m.id} label={t.ack} error={t.ackError} />)}
              </li>
            ))}
          </ol>
          {canWrite && !waitingOnPatient && (
            <div className="mt-3 border-t border-line pt-3"><MessageComposer consultationId={consultationId} label={t.write} submitLabel={t.sendMsg} /></div>
          )}
        </section>
      )}
    </div>
  );
}
