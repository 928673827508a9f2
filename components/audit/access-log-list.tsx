import { ACCESS_LOG_TEXT } from "@/lib/audit/access-log-text";
import { DateTime } from "@/components/ui/date-time";

/** One entry as GET /api/v1/me/access-log answers it. */
export interface AccessLogEntryView {
  id: string;
  createdAt: string;
  description: string;
  emergencyAccess: boolean;
  justification: string | null;
}

/** The patient's access log: one card per access, in plain words; emergency access stands out with a word and an icon. */
export function AccessLogList({ items, locale, timeZone }: { items: AccessLogEntryView[]; locale: "en" | "es"; timeZone: string }) {
  const t = ACCESS_LOG_TEXT[locale];
  return (
    <ol className="mt-6 space-y-3">
      {items.map((e) => (
        <li key={e.id} className={`rounded-card border bg-white p-4 ${e.emergencyAccess ? "border-l-8 border-warn" : "border-line"}`}>
          <p className="text-sm text-muted"><DateTime date={e.createdAt} timeZone={timeZone} locale={locale} /></p>
          {e.emergencyAccess && (
            <p className="mt-1 inline-flex items-center gap-1 rounded bg-warn-light px-2 py-0.5 text-sm font-bold text-warn">
              <span aria-hidden>⚠</span> {t.emergency}
            </p>
          )}
          <p className="mt-1 text-lg">{e.description}</p>
          {e.justification && (
            <p className="mt-2 border-l-4 border-line pl-3 text-base">
              <span className="font-semibold">{t.reason}:</span> “{e.justification}”
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
