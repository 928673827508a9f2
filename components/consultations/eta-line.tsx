const T = {
  en: { label: "Estimated reply", ahead: (n: number) => (n <= 1 ? "you are next in line" : `${n - 1} request${n - 1 === 1 ? "" : "s"} ahead of yours`), by: "by", locale: "en-US" },
  es: { label: "Respuesta estimada", ahead: (n: number) => (n <= 1 ? "usted es el siguiente" : `${n - 1} solicitud${n - 1 === 1 ? "" : "es"} antes que la suya`), by: "antes de las", locale: "es-US" },
};

/** The live estimate (queue position and clinicians' recent pace, capped by the SLA deadline). */
export function EtaLine({ expectedAt, queuePosition, locale, timeZone }: { expectedAt: Date | null; queuePosition: number | null; locale: string; timeZone: string }) {
  if (!expectedAt) return null;
  const t = T[locale === "es" ? "es" : "en"];
  const time = expectedAt.toLocaleString(t.locale, { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" });
  return (
    <p className="mb-4 rounded-card border border-line bg-white p-3" role="status">
      <strong>{t.label}:</strong> {t.by} {time}{queuePosition !== null ? ` · ${t.ahead(queuePosition)}` : ""}
    </p>
  );
}
