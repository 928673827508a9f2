import type { TIntake } from "@/lib/schemas/intake";
import type { TTriageResult } from "@/lib/schemas/triage";
import { RiskBadge } from "@/components/consultations/risk-badge";

const ONSET: Record<string, string> = { today: "Today", "1_3_days": "1-3 days", "4_7_days": "4-7 days", "1_4_weeks": "1-4 weeks", over_1_month: "Over a month" };
const NEWS2_LABELS: Record<string, string> = { respirationRate: "Resp. rate", spo2: "SpO₂", airOrOxygen: "Air/O₂", systolicBP: "Systolic BP", pulse: "Pulse", consciousness: "ACVPU", temperature: "Temp" };

/** Centre column, top: what the patient told us, the vitals with NEWS2, and the triage reasoning. */
export function IntakePanel({ intake, triage, attachments }: { intake: TIntake; triage: TTriageResult | null; attachments: { id: string; mimeType: string; originalName: string | null; thumbnailKey: string | null }[] }) {
  const v = intake.vitals ?? {};
  const vitals: [string, string | undefined][] = [
    ["BP", v.systolic ? `${v.systolic}/${v.diastolic ?? "?"} mmHg` : undefined],
    ["Heart rate", v.heartRate ? `${v.heartRate} /min` : undefined],
    ["Resp. rate", v.respiratoryRate ? `${v.respiratoryRate} /min` : undefined],
    ["Temperature", v.temperatureC ? `${v.temperatureC} °C` : v.temperatureF ? `${v.temperatureF} °F` : undefined],
    ["SpO₂", v.oxygenSaturation ? `${v.oxygenSaturation}%${v.onSupplementalOxygen ? " on O₂" : ""}` : undefined],
    ["Consciousness", v.consciousness?.replace(/_/g, " ")],
  ];
  return (
    <div className="space-y-4">
      <section aria-labelledby="cc" className="rounded-card border border-line bg-white p-4">
        <h2 id="cc" className="text-xl font-bold">{intake.chiefComplaint}</h2>
        <p className="mt-1 text-sm text-muted">Started: {ONSET[intake.onset] ?? intake.onset} · Severity {intake.severity}/10</p>
        {intake.symptoms.length > 0 && <p className="mt-2 text-sm"><span className="text-muted">Symptoms:</span> {intake.symptoms.join(", ")}</p>}
        {intake.details && <p className="mt-2 whitespace-pre-line text-sm">{intake.details}</p>}
      </section>
      <section aria-labelledby="vit" className="rounded-card border border-line bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="vit" className="font-bold">Vitals and triage</h2>
          {triage && <span className="flex items-center gap-2 text-sm"><RiskBadge level={triage.clinicalRiskLevel} /> Score {triage.triageScore} · {triage.recommendedUrgency}</span>}
        </div>
        <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm tabular sm:grid-cols-3">
          {vitals.map(([k, val]) => (
            <div key={k}><dt className="inline text-muted">{k}: </dt><dd className="inline font-semibold">{val ?? <span className="font-normal text-muted">not given</span>}</dd></div>
          ))}
        </dl>
        {triage?.news2 && (
          <div className="mt-3">
            <p className="text-sm font-semibold">NEWS2 {triage.news2.total}{triage.news2.complete ? "" : " (partial — lower bound)"} · band {triage.news2.band}{triage.news2.scale === 2 ? " · SpO₂ scale 2" : ""}</p>
            <table className="mt-1 text-xs tabular">
              <tbody>
                <tr>{Object.keys(NEWS2_LABELS).map((k) => <th key={k} className="px-1.5 text-left font-normal text-muted">{NEWS2_LABELS[k]}</th>)}</tr>
                <tr>{Object.keys(NEWS2_LABELS).map((k) => {
                  const sub = triage.news2!.subscores[k as keyof typeof triage.news2.subscores];
                  return <td key={k} className={`px-1.5 font-bold ${sub === 3 ? "text-danger" : sub ? "text-warn" : ""}`}>{sub ?? "—"}</td>;
                })}</tr>
              </tbody>
            </table>
          </div>
        )}
        {triage && <p className="mt-2 text-sm text-muted">{triage.explanation}</p>}
      </section>
      {attachments.length > 0 && (
        <section aria-labelledby="att" className="rounded-card border border-line bg-white p-4">
          <h2 id="att" className="font-bold">Photos and files</h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/v1/attachments/${a.id}`} target="_blank" rel="noreferrer" className="block rounded border border-line p-1 hover:border-brand">
                  {a.thumbnailKey ? (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img src={`/api/v1/attachments/${a.id}/thumbnail`} alt={a.originalName ?? "Patient photo"} className="h-28 w-28 rounded object-cover" />
                  ) : (
                    <span className="flex h-28 w-28 items-center justify-center text-sm font-semibold text-muted">PDF<br />{a.originalName?.slice(0, 14)}</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
