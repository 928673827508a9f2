import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/site-header";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { db } from "@/server/db/prisma";
import { emailTransportName } from "@/server/notifications/email-transport";

export const metadata = { title: "Sent mail (development)" };

/** Developer mail page: the e-mails the app sent or captured (no PHI by design). Staff only; admins only in production. */
export default async function DevMailPage() {
  const { actor, name } = await requirePageActor(["provider", "supervisor", "pharmacist", "admin", "patient"], "/dev/mail");
  if (process.env.NODE_ENV === "production" && actor.role !== "admin") notFound();
  if (actor.role === "patient") notFound();
  const mails = await db.emailMessage.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold">Sent mail</h1>
        <p className="mt-1 text-sm text-muted">Transport: <strong>{emailTransportName() === "smtp" ? "SMTP (SMTP_URL)" : "local capture (set SMTP_URL to send real e-mail)"}</strong>. Latest 100.</p>
        {mails.length === 0 ? <p className="mt-4 rounded-card border border-line bg-white p-6 text-muted">No e-mail sent yet.</p> : (
          <ul className="mt-4 space-y-2">
            {mails.map((m) => (
              <li key={m.id} className="rounded-card border border-line bg-white p-3 text-sm">
                <p><strong>To:</strong> {m.to} · <strong>Subject:</strong> {m.subject} <span className="float-right text-xs text-muted">{m.createdAt.toLocaleString()} · {m.transport}</span></p>
                <pre className="mt-2 whitespace-pre-wrap font-sans text-muted">{m.text}</pre>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
