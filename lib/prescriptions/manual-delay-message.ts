/**
 * What the patient is told when their prescription could not be sent electronically and a
 * pharmacist takes over: plain words (reading age ~9-11), English and Spanish, with an
 * estimated time. No drug name (notifications may be e-mailed).
 */
export interface DelayMessage {
  title: string;
  body: string;
}

/** When the pharmacist is expected to have resolved a manual-queue prescription. */
export function estimateManualResolution(queuedAt: Date, hours: number): Date {
  return new Date(queuedAt.getTime() + hours * 3_600_000);
}

function formatEta(eta: Date, now: Date, locale: "en" | "es", timeZone: string): string {
  const tag = locale === "es" ? "es-US" : "en-US";
  const time = new Intl.DateTimeFormat(tag, { hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" }).format(eta);
  const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(d);
  if (day(eta) === day(now)) return locale === "es" ? `hoy a las ${time}` : `today by ${time}`;
  const weekday = new Intl.DateTimeFormat(tag, { weekday: "long", timeZone }).format(eta);
  return locale === "es" ? `el ${weekday} a las ${time}` : `by ${weekday} ${time}`;
}

/** The delay notice with the estimated resolution time, in the patient's language and time zone. */
export function manualDelayMessage(args: { pharmacyName: string; eta: Date; now: Date; locale: string; timeZone: string }): DelayMessage {
  const locale = args.locale === "es" ? "es" : "en";
  const when = formatEta(args.eta, args.now, locale, args.timeZone);
  if (locale === "es") {
    return {
      title: "Su receta tardará un poco más",
      body: `No pudimos enviar su receta a ${args.pharmacyName} de forma automática. Un farmacéutico la está enviando a mano. Esperamos que esté lista ${when}. No tiene que hacer nada; le avisaremos cuando la farmacia la tenga.`,
    };
  }
  return {
    title: "Your prescription is taking a little longer",
    body: `We could not send your prescription to ${args.pharmacyName} automatically. A pharmacist is sending it by hand. We expect it to be done ${when}. You do not need to do anything; we will tell you when the pharmacy has it.`,
  };
}

/** The "it's at the pharmacy" notice. */
export function prescriptionSentMessage(args: { pharmacyName: string; locale: string }): DelayMessage {
  if (args.locale === "es") {
    return { title: "Receta enviada", body: `Su receta está en ${args.pharmacyName}. Llame a la farmacia antes de ir para saber cuándo estará lista.` };
  }
  return { title: "Prescription sent", body: `Your prescription is at ${args.pharmacyName}. Call the pharmacy before you go to check when it will be ready.` };
}
