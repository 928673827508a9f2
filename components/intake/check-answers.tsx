import Link from "next/link";
import type { AnswerRow } from "@/lib/intake/answer-rows";
import type { IntakeText } from "@/lib/i18n/intake";

/** GOV.UK summary list: question, answer, and a Change link back to the page that asks it. */
export function CheckAnswers({ rows, t }: { rows: AnswerRow[]; t: IntakeText }) {
  // The first Change link of each page gets an id, so a server error can link to it.
  const firstOfStep = new Set(rows.filter((r, i) => rows.findIndex((x) => x.step === r.step) === i).map((r) => r.key));
  return (
    <dl className="mb-8 divide-y divide-line border-y border-line">
      {rows.map((r) => (
        <div key={r.key} className="grid gap-x-4 gap-y-1 py-3 sm:grid-cols-[11rem_1fr_auto]">
          <dt className="font-bold">{r.label}</dt>
          <dd className="min-w-0 break-words">
            {r.lines.map((line, i) => (
              <span key={i} className={`block ${r.key === "files" && i > 0 ? "text-sm text-muted" : ""}`}>
                {line}
              </span>
            ))}
          </dd>
          <dd>
            <Link id={firstOfStep.has(r.key) ? `change-${r.step}` : undefined} href={`/intake/${r.step}?change=1`} className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4 sm:min-h-0">
              {t.check.change}
              <span className="sr-only"> {r.label.toLowerCase()}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
