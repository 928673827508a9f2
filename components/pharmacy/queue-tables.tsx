import { Time } from "@/components/ui/time";
import { manualQueueReason } from "@/lib/prescriptions/manual-queue-reason";
import type { PharmacyQueueItem } from "@/lib/prescriptions/pharmacy-queue-item";
import { QueueActions } from "./queue-actions";
import { CheckIcon, PhoneIcon, WarningIcon } from "@/components/prescribing/icons";

const TH = "px-3 py-2 text-left font-semibold";

function PatientCell({ p }: { p: PharmacyQueueItem["patient"] }) {
  return (
    <td className="min-w-44 px-3 py-2 align-top">
      <p className="font-semibold">{p.name}</p>
      <p className="whitespace-nowrap text-muted tabular">DOB {p.dateOfBirth}</p>
      <p className={p.allergies.length ? "font-semibold text-danger-dark" : "text-muted"}>
        {p.allergies.length ? <><WarningIcon className="mr-1 h-4 w-4 align-[-3px]" />Allergies: {p.allergies.join(", ")}</> : "No known allergies"}
      </p>
    </td>
  );
}

function MedicationCell({ r }: { r: PharmacyQueueItem }) {
  return (
    <td className="px-3 py-2 align-top">
      <p className="font-semibold">{r.medication}{r.controlledSubstance && <span className="ml-2 rounded bg-warn-light px-1 text-xs font-bold text-warn">Controlled</span>}</p>
      <p>{r.sig}</p>
      <p className="text-muted tabular">Qty {r.quantity} · {r.refills} refill{r.refills === 1 ? "" : "s"} · {r.prescriberName}</p>
    </td>
  );
}

/** Prescriptions waiting for a pharmacist, oldest first. */
export function ManualQueueTable({ items }: { items: PharmacyQueueItem[] }) {
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-white">
      <table className="w-full text-sm">
        <thead className="sticky top-0 bg-surface text-xs uppercase tracking-wide text-muted">
          <tr><th className={TH}>Waiting</th><th className={TH}>Patient</th><th className={TH}>Medication</th><th className={TH}>Pharmacy</th><th className={TH}>Why it was not sent</th><th className={TH}>Action</th></tr>
        </thead>
        <tbody>
          {items.map((r) => {
            const reason = manualQueueReason(r.reason);
            return (
              <tr key={r.id} className="border-t border-line">
                <td className="whitespace-nowrap px-3 py-2 align-top tabular">{r.manualQueuedAt ? <Time date={r.manualQueuedAt} /> : "—"}<p className="text-xs text-muted">{r.consultationReference}</p></td>
                <PatientCell p={r.patient} />
                <MedicationCell r={r} />
                <td className="px-3 py-2 align-top">{r.pharmacy ? <><p className="font-semibold">{r.pharmacy.name}</p><p className="tabular">{r.pharmacy.phone}</p><p className="text-xs text-muted">NCPDP {r.pharmacy.ncpdpId}</p></> : <span className="text-muted">No pharmacy chosen</span>}</td>
                <td className="max-w-xs px-3 py-2 align-top">
                  <p>{reason.text}</p>
                  <p className="text-xs text-muted">{reason.code}{r.attempts ? ` · ${r.attempts} attempt${r.attempts === 1 ? "" : "s"}` : ""}</p>
                </td>
                <td className="px-3 py-2 align-top">
                  <QueueActions prescriptionId={r.id} label={`${r.patient.name} — ${r.medication}`} pharmacy={r.pharmacy} resendBlockedBy={reason.resendCanHelp ? null : reason.text} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Orders that reached a pharmacy in the last week (electronically or by phone). */
export function RecentOrdersTable({ items }: { items: PharmacyQueueItem[] }) {
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-white">
      <table className="w-full text-sm">
        <thead className="bg-surface text-xs uppercase tracking-wide text-muted">
          <tr><th className={TH}>Sent</th><th className={TH}>Patient</th><th className={TH}>Medication</th><th className={TH}>Pharmacy</th><th className={TH}>How</th></tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id} className="border-t border-line">
              <td className="px-3 py-2 align-top tabular">{r.sentAt ? <Time date={r.sentAt} /> : "—"}</td>
              <td className="px-3 py-2 align-top"><p className="font-semibold">{r.patient.name}</p><p className="whitespace-nowrap text-muted tabular">DOB {r.patient.dateOfBirth}</p></td>
              <td className="px-3 py-2 align-top"><p className="font-semibold">{r.medication}</p><p className="text-muted">Qty {r.quantity} · {r.prescriberName}</p></td>
              <td className="px-3 py-2 align-top">{r.pharmacy?.name ?? "—"}</td>
              <td className="px-3 py-2 align-top">
                {r.status === "phoned_in" ? (
                  <><p className="font-semibold"><PhoneIcon className="mr-1 h-4 w-4 align-[-3px]" />Phoned in{r.resolvedByName ? ` by ${r.resolvedByName}` : ""}</p>{r.resolution && <p className="text-muted">{r.resolution}</p>}{r.pharmacyOrderId && <p className="text-xs text-muted">Ref {r.pharmacyOrderId}</p>}</>
                ) : (
                  <p><CheckIcon className="mr-1 h-4 w-4 align-[-3px] text-ok" />Electronic · order <span className="tabular">{r.pharmacyOrderId}</span></p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
