import { MessageComposer } from "@/components/messages/message-composer";

interface Message {
  id: string;
  priority?: string;
  acknowledgedAt?: Date | null;
  senderRole: string;
  body: string;
  automated: boolean;
  createdAt: Date;
  readAt: Date | null;
}

/** The conversation with the patient (questions asked via "Ask the patient a question" and their replies). */
export function MessageThread({ messages, consultationId, canSend }: { messages: Message[]; consultationId: string; canSend: boolean }) {
  return (
    <section aria-labelledby="msg" className="rounded-card border border-line bg-white p-4">
      <h2 id="msg" className="font-bold">Messages</h2>
      {messages.length === 0 ? (
        <p className="mt-1 text-sm text-muted">No messages yet. Use “Ask the patient a question” to request more information; the SLA clock pauses while you wait.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {messages.map((m) => (
            <li key={m.id} className={`max-w-[85%] rounded-lg p-2 text-sm ${m.senderRole === "patient" ? "bg-surface" : "ml-auto bg-brand-light"}`}>
              <p className="text-xs text-muted">{m.senderRole === "patient" ? "Patient" : m.automated ? "Automated" : "Clinician"} · {m.createdAt.toLocaleString()}{m.readAt ? " · read" : ""}{m.priority === "critical" ? (m.acknowledgedAt ? " · acknowledged" : " · critical, not yet acknowledged") : ""}</p>
              <p className="whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canSend && (
        <div className="mt-3 border-t border-line pt-3">
          <MessageComposer consultationId={consultationId} label="Message the patient" hint="For a question that needs an answer before you can continue, use “Ask the patient a question” instead." submitLabel="Send message" allowCritical />
        </div>
      )}
    </section>
  );
}
