import { STATUS_MESSAGES } from "@/lib/consultations/status-messages";
import type { TimelineStep } from "@/lib/consultations/build-timeline";
import type { StatusPageText } from "@/lib/i18n/status-page";
import { Time } from "@/components/ui/time";

/**
 * A vertical, parcel-tracker style list: done steps with their time, the
 * current step highlighted (and marked in text, not only by colour), and the
 * usual steps still to come, greyed.
 */
export function StatusTimeline({ steps, t, locale }: { steps: TimelineStep[]; t: StatusPageText; locale: "en" | "es" }) {
  return (
    <ol className="relative ml-3 border-l-4 border-line">
      {steps.map((s, i) => {
        const words = STATUS_MESSAGES[s.status][locale];
        const title = s.state === "upcoming" ? (t.upcoming[s.status as keyof StatusPageText["upcoming"]] ?? words.title) : words.title;
        const current = s.state === "current";
        return (
          <li key={`${s.status}-${i}`} aria-current={current ? "step" : undefined} className={`relative pb-6 pl-7 last:pb-0 ${s.state === "upcoming" ? "text-muted" : ""}`}>
            <Dot state={s.state} escalated={s.status === "escalated"} />
            {current ? (
              <div className={`rounded-card border-2 p-3 ${s.status === "escalated" ? "border-danger bg-danger-light" : "border-brand bg-brand-light"}`}>
                <p className="text-sm font-bold uppercase tracking-wide">{t.now}</p>
                <p className="text-lg font-bold">{title}</p>
                <p>{words.detail}</p>
                {s.at && <p className="mt-1 text-sm text-muted"><Time date={s.at} locale={locale} /></p>}
              </div>
            ) : (
              <>
                <p className={s.state === "done" ? "font-semibold" : ""}>
                  {s.state === "upcoming" && <span className="sr-only">{t.next}: </span>}
                  {title}
                </p>
                {s.at && <p className="text-sm text-muted"><Time date={s.at} locale={locale} /></p>}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Dot({ state, escalated }: { state: TimelineStep["state"]; escalated: boolean }) {
  const base = "absolute -left-[14px] top-0.5 flex h-6 w-6 items-center justify-center rounded-full border-4";
  if (state === "upcoming") return <span aria-hidden className={`${base} border-line bg-white`} />;
  const color = escalated ? "border-danger bg-danger" : state === "current" ? "border-brand bg-white" : "border-ok bg-ok";
  return (
    <span aria-hidden className={`${base} ${color}`}>
      {state === "done" && (
        <svg viewBox="0 0 24 24" className="h-3.5 w-3.5 text-white" fill="none" stroke="currentColor" strokeWidth="4">
          <path d="M4 12l5 5L20 6" />
        </svg>
      )}
    </span>
  );
}
