/**
 * E-mails pending notifications to users who want e-mail. Each notification is
 * claimed with FOR UPDATE SKIP LOCKED (several workers never take the same
 * one) and its EmailMessage row (unique per notification) is written in the
 * same transaction as emailedAt, so a retried job never sends twice: with the
 * capture transport exactly once; with SMTP at most one extra send if the
 * process dies between the SMTP call and the commit.
 * E-mails carry no PHI: the subject is generic and the body links to the app.
 */
import { STAFF_EMAIL_KINDS } from "@/lib/notifications/status-notification";
import { db } from "../db/prisma";
import { deliverEmail, emailTransportName } from "./email-transport";

const BATCH = 50;

const SUBJECT: Record<string, string> = { en: "You have an update from Async Visits", es: "Tiene novedades de Async Visits" };
const BODY: Record<string, (url: string) => string> = {
  en: (url) => `There is an update about your care. For your privacy we do not include details in e-mail.\n\nSign in to read it: ${url}\n\nIf you did not expect this message, contact your clinic.`,
  es: (url) => `Hay novedades sobre su atención. Por su privacidad no incluimos detalles en el correo.\n\nInicie sesión para leerlas: ${url}\n\nSi no esperaba este mensaje, comuníquese con su clínica.`,
};

export async function dispatchEmailNotifications(now = new Date()): Promise<number> {
  const baseUrl = process.env.AUTH_URL ?? "http://localhost:3000";
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; link: string | null; kind: string; email: string; role: string; channels: string[] | null; language: string | null }[]>`
      SELECT n."id", n."link", n."kind", u."email", u."role"::text AS role, p."notificationChannels" AS channels, p."languagePreference" AS language
        FROM "Notification" n JOIN "User" u ON u."id" = n."userId" LEFT JOIN "Patient" p ON p."userId" = u."id"
       WHERE n."emailedAt" IS NULL AND n."createdAt" > ${new Date(now.getTime() - 86_400_000)} AND NOT u."disabled"
       ORDER BY n."createdAt" LIMIT ${BATCH} FOR UPDATE OF n SKIP LOCKED`;
    let sent = 0;
    for (const n of due) {
      const wants = n.role === "patient" ? (n.channels ?? []).includes("email") : STAFF_EMAIL_KINDS.has(n.kind);
      if (wants) {
        const lang = n.language === "es" ? "es" : "en";
        const mail = { to: n.email, subject: n.role === "patient" ? SUBJECT[lang]! : `Async Visits: ${n.kind.replace(/_/g, " ")}`, text: BODY[lang]!(`${baseUrl}${n.link ?? "/"}`) };
        await tx.emailMessage.create({ data: { notificationId: n.id, ...mail, transport: emailTransportName() } });
        await deliverEmail(mail);
        sent++;
      }
      // Marked even when not e-mailed, so the row is never looked at again.
      await tx.notification.update({ where: { id: n.id }, data: { emailedAt: now } });
    }
    return sent;
  });
}
