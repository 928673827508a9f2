import type { CareLevel } from "@/lib/consultations/care-level";
import type { StatusPageText } from "@/lib/i18n/status-page";
import { LocalTime } from "@/components/ui/local-time";

/**
 * NHS-style care cards. The level is named in the heading and marked with an
 * icon, so the meaning never depends on colour. The emergency card is a
 * role="alert" region so screen readers announce it at once.
 */
export function CareCard({ level, t, within, dueAt, locale }: { level: CareLevel; t: StatusPageText; within: string; dueAt: string | null; locale: string }) {
  if (level === "emergency") {
    const c = t.cards.emergency;
    return (
      <section role="alert" aria-labelledby="care-card-title" className="mb-8 overflow-hidden rounded-card border-4 border-danger bg-white shadow-lg">
        <div className="flex items-start gap-3 bg-danger px-5 py-4 text-white">
          <svg aria-hidden viewBox="0 0 24 24" className="mt-0.5 h-9 w-9 shrink-0" fill="currentColor">
            <path d="M12 2 1 21h22L12 2zm0 5.5 1 8h-2l1-8zM11 17h2v2h-2v-2z" />
          </svg>
          <h2 id="care-card-title" className="text-2xl font-bold leading-tight sm:text-3xl">
            <span className="block text-base font-bold uppercase tracking-wide">{c.level}:</span>
            {c.title}
          </h2>
        </div>
        <div className="space-y-2 px-5 py-4 text-lg">
          {c.body.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <a href="tel:911" className="mt-2 inline-flex min-h-12 items-center gap-2 rounded-md bg-danger px-6 text-xl font-bold text-white no-underline shadow-[0_3px_0_#6b140d]">
            <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="currentColor">
              <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.58a1 1 0 0 1-.25 1z" />
            </svg>
            {t.call911}
          </a>
        </div>
      </section>
    );
  }
  const c = level === "urgent" ? t.cards.urgent : t.cards.routine;
  const tone = level === "urgent" ? "border-warn bg-warn-light" : "border-brand bg-brand-light";
  const icon = level === "urgent" ? "!" : "i";
  return (
    <section aria-labelledby="care-card-title" className={`mb-8 rounded-card border-l-8 bg-white ${tone} px-5 py-4`}>
      <h2 id="care-card-title" className="flex items-start gap-3 text-xl font-bold leading-snug">
        <span aria-hidden className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-base text-white ${level === "urgent" ? "bg-warn" : "bg-brand"}`}>
          {icon}
        </span>
        <span>
          <span className="block text-sm font-bold uppercase tracking-wide text-muted">{c.level}:</span>
          {c.title(within)}
        </span>
      </h2>
      <div className="mt-2 space-y-2 sm:pl-10">
        {dueAt && (
          <p>
            {/* No full stop after the time: Spanish times already end in "p.m." */}
            {t.aimBy} <LocalTime date={dueAt} locale={locale} className="font-semibold" />
          </p>
        )}
        <p>{c.body}</p>
        <p className="font-semibold">{c.safety}</p>
      </div>
    </section>
  );
}
