/**
 * E-mail delivery: SMTP through nodemailer when SMTP_URL is set, otherwise a
 * local capture (rows in EmailMessage, shown on the developer mail page at
 * /dev/mail). Either way the EmailMessage row is the record of what was sent.
 */
import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

let smtp: Transporter | null | undefined;

function smtpTransport(): Transporter | null {
  if (smtp === undefined) smtp = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  return smtp;
}

export function emailTransportName(): "smtp" | "capture" {
  return smtpTransport() ? "smtp" : "capture";
}

/** Sends through SMTP when configured; the capture transport has nothing to do beyond the caller's row. */
export async function deliverEmail(mail: OutgoingEmail): Promise<void> {
  const t = smtpTransport();
  if (!t) return;
  await t.sendMail({ from: process.env.MAIL_FROM ?? "Async Visits <no-reply@async-visits.local>", to: mail.to, subject: mail.subject, text: mail.text });
}
