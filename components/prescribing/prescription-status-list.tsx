"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { api } from "./api";
import { CheckIcon, ClockIcon, PhoneIcon, WarningIcon } from "./icons";

export interface PrescriptionRow {
  id: string;
  displayName: string;
  doseText: string;
  sig: string;
  quantity: number;
  refills: number;
  status: string;
  statusLabel: string;
  pharmacy: { name: string; phone: string } | null;
  pharmacyOrderId: string | null;
  lastError?: string | null;
}

const ICON: Record<string, ReactNode> = {
  approved: <ClockIcon className="mr-1 h-4 w-4 align-[-3px]" />, sending: <ClockIcon className="mr-1 h-4 w-4 align-[-3px]" />,
  sent: <CheckIcon className="mr-1 h-4 w-4 align-[-3px]" />, phoned_in: <PhoneIcon className="mr-1 h-4 w-4 align-[-3px]" />, filled: <CheckIcon className="mr-1 h-4 w-4 align-[-3px]" />,
  manual: <WarningIcon className="mr-1 h-4 w-4 align-[-3px]" />,
};
const TONE: Record<string, string> = { sent: "text-ok", phoned_in: "text-ok", filled: "text-ok", manual: "text-warn" };

export const prescriptionsKey = (consultationId: string) => ["prescriptions", consultationId];

/**
 * The consultation's prescriptions and where each one is: queued, sending, at the pharmacy, or
 * with the pharmacist. Polls (as a background refresh) while any is still on its way.
 */
export function PrescriptionStatusList({ consultationId }: { consultationId: string }) {
  const q = useQuery({
    queryKey: prescriptionsKey(consultationId),
    queryFn: async () => {
      const r = await api<{ items: PrescriptionRow[] }>(`/api/v1/consultations/${consultationId}/prescriptions`, { background: true });
      if (!r.ok) throw new Error(r.error.message);
      return r.data.items;
    },
    refetchInterval: (query) => ((query.state.data ?? []).some((p) => p.status === "approved" || p.status === "sending") ? 2_000 : false),
  });
  if (q.isPending) return <div className="h-16 animate-pulse rounded-card bg-surface" aria-label="Loading prescriptions" />;
  if (q.isError) {
    return (
      <p role="alert" className="text-sm text-danger">
        Could not load prescriptions. <button type="button" className="font-semibold underline" onClick={() => void q.refetch()}>Try again</button>
      </p>
    );
  }
  if (q.data.length === 0) return null;
  return (
    <section aria-labelledby="rx-list-title" className="rounded-card border border-line bg-surface/60 p-3">
      <h3 id="rx-list-title" className="text-sm font-bold uppercase tracking-wide text-muted">Prescriptions</h3>
      <ul className="mt-2 space-y-2" aria-live="polite">
        {q.data.map((p) => (
          <li key={p.id} className="text-sm">
            <p className="font-semibold">{p.displayName} {p.doseText} <span className="font-normal text-muted">· qty {p.quantity}{p.refills ? ` · ${p.refills} refills` : ""}</span></p>
            <p className="text-muted">{p.sig}</p>
            <p className={`font-semibold ${TONE[p.status] ?? "text-ink"}`}>
              {ICON[p.status]}
              {p.statusLabel}
              {p.pharmacy ? ` — ${p.pharmacy.name}` : ""}
              {p.pharmacyOrderId ? ` (order ${p.pharmacyOrderId})` : ""}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
