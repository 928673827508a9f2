import type { StatusPageText } from "@/lib/i18n/status-page";

/** GOV.UK confirmation panel and "what happens next", shown right after sending. */
export function ConfirmationPanel({ reference, t, within, emergency }: { reference: string; t: StatusPageText; within: string; emergency: boolean }) {
  const c = t.confirmation;
  return (
    <section aria-labelledby="confirmation-title" className="mb-8">
      {/* After an emergency card, a green "success" panel would send the wrong signal: keep it neutral. */}
      <div className={`rounded-card px-6 py-6 text-center ${emergency ? "border-2 border-ink/30 bg-white" : "bg-ok text-white"}`}>
        <h1 id="confirmation-title" className="text-3xl font-bold">
          {c.title}
        </h1>
        <p className="mt-3 text-lg">{c.referenceLabel}</p>
        <p className="text-3xl font-bold tracking-wider tabular">{reference}</p>
      </div>
      <h2 className="mt-6 text-2xl font-bold">{c.whatNext}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
        {(emergency ? c.emergencySteps : c.steps(within)).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="mt-3">{c.keepPage}</p>
      <p className="mt-1">{c.notify}</p>
    </section>
  );
}
