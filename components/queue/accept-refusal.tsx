"use client";

export interface Refusal {
  reference: string;
  code?: string;
  message: string;
  details?: { failures?: { check: string; message: string }[]; suggestions?: { providerId: string; name: string; openAssignments: number }[] };
}

const CHECK_LABEL: Record<string, string> = {
  specialty: "Specialty", license_active: "Active licence", license_state: "Licensed in patient's state",
  daily_limit: "Daily limit", training: "Required training", not_self: "Not your own record",
};

/** Why an accept was refused: each failed capability check by name, and who could take it instead. */
export function AcceptRefusal({ refusal, onClose }: { refusal: Refusal; onClose: () => void }) {
  const failures = refusal.details?.failures ?? [];
  const suggestions = refusal.details?.suggestions ?? [];
  return (
    <div role="alert" className="mt-3 rounded-card border-2 border-danger bg-white p-4">
      <div className="flex items-start justify-between gap-4">
        <h2 className="font-bold">You cannot accept {refusal.reference}</h2>
        <button onClick={onClose} className="text-sm font-semibold text-brand underline">Dismiss</button>
      </div>
      {failures.length ? (
        <ul className="mt-2 space-y-1">
          {failures.map((f) => (
            <li key={f.check}><span className="font-semibold">✗ {CHECK_LABEL[f.check] ?? f.check}:</span> {f.message}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{refusal.message}</p>
      )}
      {suggestions.length > 0 && (
        <p className="mt-2 text-sm text-muted">Could take it instead: {suggestions.map((s) => `${s.name} (${s.openAssignments} open)`).join(", ")}.</p>
      )}
    </div>
  );
}
