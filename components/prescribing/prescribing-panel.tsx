"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { allergyEntries, medicationEntries } from "@/lib/prescriptions/build-safety-check-input";
import { controlledScheduleOf } from "@/lib/prescriptions/controlled-substances";
import { draftToCheckEntry, draftToItem, emptyDraft, type PrescriptionDraft } from "@/lib/prescriptions/prescription-draft";
import { describeFindings, evaluateOverride, uncheckedNotes } from "@/lib/prescriptions/safety-findings";
import type { TMedicationSafetyCheckInput, TMedicationSafetyCheckResult } from "@/lib/schemas/medication-safety";
import { MIN_OVERRIDE_RATIONALE } from "@/lib/schemas/prescriptions";
import { Button } from "@/components/ui/button";
import { api } from "./api";
import { InlineFindings, type Dismissal } from "./inline-findings";
import { MedicationFields } from "./medication-fields";
import { MfaStepUpDialog } from "./mfa-step-up-dialog";
import { PrescriptionStatusList, prescriptionsKey } from "./prescription-status-list";
import { SafetyDialog, type OverrideDecision } from "./safety-dialog";
import { SafetyStatus } from "./safety-status";
import { useApprovePrescriptions } from "./use-approve-prescriptions";
import { useLiveSafetyCheck } from "./use-live-safety-check";

export interface PrescribingPatient {
  age: number;
  weightKg?: number | null;
  sex?: string | null;
  pregnant?: boolean | null;
  serumCreatinine?: number | null;
  /** Patient.allergies JSON as stored ([{substance, reaction?, type}]). */
  allergies: unknown[];
  /** Patient.currentMedications JSON as stored ([{name, doseMg?, frequencyPerDay?}]). */
  currentMedications: unknown[];
}

interface Pharmacy { id: string; name: string; address: string; phone: string; electronic: boolean }

const SEXES = new Set(["female", "male", "other", "unknown"]);

/** The engine's patient block from the page's props (unknown values dropped, not guessed). */
function patientFacts(p: PrescribingPatient): TMedicationSafetyCheckInput["patient"] {
  return {
    age: p.age,
    ...(p.weightKg ? { weightKg: p.weightKg } : {}),
    ...(p.sex && SEXES.has(p.sex) ? { sex: p.sex as "female" } : {}),
    ...(typeof p.pregnant === "boolean" ? { pregnant: p.pregnant } : {}),
    ...(p.serumCreatinine ? { serumCreatinine: p.serumCreatinine } : {}),
  };
}

/**
 * Right-column prescribing panel of the provider review page: drug search, dose and course,
 * pharmacy, live safety checks as the prescriber types, the blocking dialog for critical and
 * major findings (with the Override path), inline lesser findings, MFA step-up and approval.
 * The server re-checks everything on approval; this panel only makes the answer visible early.
 */
export function PrescribingPanel({ consultationId, patient, canPrescribe, disabledReason }: {
  consultationId: string;
  patient: PrescribingPatient;
  canPrescribe: boolean;
  disabledReason?: string;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const drugRef = useRef<HTMLInputElement>(null);
  const [drafts, setDrafts] = useState<PrescriptionDraft[]>([emptyDraft()]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof PrescriptionDraft, string>>[]>([]);
  const [pharmacyId, setPharmacyId] = useState("");
  const [override, setOverride] = useState<OverrideDecision | null>(null);
  const [uncheckedReason, setUncheckedReason] = useState("");
  const [dismissed, setDismissed] = useState<Dismissal[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [seenKey, setSeenKey] = useState("");
  const [serverSafety, setServerSafety] = useState<{ key: string; result: TMedicationSafetyCheckResult } | null>(null);
  const [mfa, setMfa] = useState<{ open: boolean; notEnrolled: boolean }>({ open: false, notEnrolled: false });
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const { approve, busy } = useApprovePrescriptions(consultationId);

  const pharmacies = useQuery({
    queryKey: ["pharmacies"],
    queryFn: async () => {
      const r = await api<{ items: Pharmacy[] }>("/api/v1/pharmacies", { background: true });
      if (!r.ok) throw new Error(r.error.message);
      return r.data.items;
    },
    staleTime: 5 * 60_000,
    enabled: canPrescribe,
  });
  useEffect(() => {
    if (!pharmacyId && pharmacies.data?.length) setPharmacyId((pharmacies.data.find((p) => p.electronic) ?? pharmacies.data[0]!).id);
  }, [pharmacies.data, pharmacyId]);

  const checkInput = useMemo<TMedicationSafetyCheckInput | null>(() => {
    const proposed = drafts.map(draftToCheckEntry).filter((e) => e !== null);
    if (!canPrescribe || proposed.length === 0) return null;
    return { proposed, current: medicationEntries(patient.currentMedications), allergies: allergyEntries(patient.allergies), patient: patientFacts(patient) };
  }, [drafts, patient, canPrescribe]);
  const inputKey = checkInput ? JSON.stringify(checkInput) : "";
  const live = useLiveSafetyCheck(checkInput);
  const result = serverSafety?.key === inputKey ? serverSafety.result : live.checkedKey === inputKey ? live.result : null;
  const findings = useMemo(() => (result ? describeFindings(result) : []), [result]);
  const interruptive = findings.filter((f) => f.interruptive);
  const lesser = findings.filter((f) => !f.interruptive);
  const notes = result ? uncheckedNotes(result) : [];
  const rationale = interruptive.length ? (override?.rationale ?? "") : uncheckedReason;
  const verdict = result ? evaluateOverride(result, { rationale, acknowledgedFindingIds: override?.acknowledgedFindingIds ?? [] }) : null;
  const interruptKey = interruptive.map((f) => f.id).join("|");

  // A new set of critical/major findings interrupts once; the Approve button reopens it.
  useEffect(() => {
    if (interruptKey && interruptKey !== seenKey && verdict && verdict.missingFindingIds.length > 0) {
      setSeenKey(interruptKey);
      setDialogOpen(true);
    }
  }, [interruptKey, seenKey, verdict]);

  const blockedReason = !canPrescribe
    ? (disabledReason ?? "You cannot prescribe for this consultation.")
    : drafts.some((d) => d.name.trim() && !d.nameConfirmed) ? "Pick each drug from the list (or leave the field) so it can be checked."
    : !checkInput ? "Choose a medication first."
    : !pharmacyId ? "Choose a pharmacy."
    : live.checking || (!result && !live.error) ? "Waiting for the safety check…"
    : verdict && verdict.missingFindingIds.length > 0 ? "Review the safety warning: change the prescription or override it."
    : verdict?.rationaleMissing ? `Give a reason (at least ${MIN_OVERRIDE_RATIONALE} characters) for prescribing without a complete check.`
    : null;

  const setDraft = (i: number, d: PrescriptionDraft) => {
    setDrafts((all) => all.map((x, j) => (j === i ? d : x)));
    setMessage(null);
  };

  const submit = async () => {
    const parsed = drafts.map(draftToItem);
    setFieldErrors(parsed.map((p) => (p.ok ? {} : p.errors)));
    if (parsed.some((p) => !p.ok)) return setMessage({ tone: "error", text: "Check the medication details marked below." });
    if (verdict && verdict.missingFindingIds.length > 0) return setDialogOpen(true);
    const outcome = await approve({
      items: parsed.map((p) => (p.ok ? p.item : null)!),
      pharmacyId,
      ...(verdict?.required ? { override: { rationale: rationale.trim(), acknowledgedFindingIds: override?.acknowledgedFindingIds ?? [] } } : {}),
      ...(dismissed.length ? { dismissedFindings: dismissed.filter((d) => lesser.some((f) => f.id === d.id)) } : {}),
    });
    if (outcome.kind === "approved") {
      setDrafts([emptyDraft()]);
      setOverride(null);
      setDismissed([]);
      setUncheckedReason("");
      setServerSafety(null);
      setMessage({ tone: "ok", text: `Approved ${outcome.count === 1 ? "the prescription" : `${outcome.count} prescriptions`}. Sending to the pharmacy…` });
      await queryClient.invalidateQueries({ queryKey: prescriptionsKey(consultationId) });
      router.refresh();
    } else if (outcome.kind === "needs_mfa") setMfa({ open: true, notEnrolled: outcome.notEnrolled });
    else if (outcome.kind === "needs_override") {
      // The server's check (stored record, other active prescriptions) wins over the live one.
      setServerSafety({ key: inputKey, result: outcome.safety });
      setSeenKey("");
      setMessage({ tone: "error", text: outcome.message });
    } else setMessage({ tone: "error", text: outcome.error.message });
  };

  return (
    <section aria-labelledby="prescribe-title" className="space-y-3 rounded-card border border-line bg-white p-4">
      <h2 id="prescribe-title" className="font-bold">Prescribe</h2>
      <PrescriptionStatusList consultationId={consultationId} />
      {!canPrescribe ? (
        <p className="rounded-card border border-line bg-surface p-3 text-sm text-muted">{disabledReason ?? "You cannot prescribe for this consultation."}</p>
      ) : (
        <form className="space-y-3" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          {drafts.map((d, i) => (
            <MedicationFields key={i} prefix="rx" index={i} draft={d} errors={fieldErrors[i] ?? {}} drugRef={i === 0 ? drugRef : undefined}
              controlled={d.name.trim() ? controlledScheduleOf(d.name) : null}
              onChange={(next) => setDraft(i, next)} onRemove={drafts.length > 1 ? () => setDrafts((all) => all.filter((_, j) => j !== i)) : undefined} />
          ))}
          {drafts.length < 10 && (
            <button type="button" className="text-sm font-semibold text-brand underline underline-offset-4" onClick={() => setDrafts((all) => [...all, emptyDraft()])}>
              + Add another medication
            </button>
          )}
          <div>
            <label htmlFor="rx-pharmacy" className="mb-1 block text-sm font-semibold">Pharmacy</label>
            <select id="rx-pharmacy" value={pharmacyId} onChange={(e) => setPharmacyId(e.target.value)} className="block min-h-11 w-full rounded-md border-2 border-ink/70 bg-white px-2">
              {pharmacies.isPending && <option value="">Loading pharmacies…</option>}
              {pharmacies.data?.map((p) => <option key={p.id} value={p.id}>{p.name}{p.electronic ? "" : " (pharmacist phones it in)"}</option>)}
            </select>
            {pharmacies.isError && <p role="alert" className="mt-1 text-sm text-danger">Could not load pharmacies. <button type="button" className="underline" onClick={() => void pharmacies.refetch()}>Try again</button></p>}
            {pharmacies.data?.find((p) => p.id === pharmacyId) && <p className="mt-1 text-xs text-muted">{pharmacies.data.find((p) => p.id === pharmacyId)!.address} · {pharmacies.data.find((p) => p.id === pharmacyId)!.phone}</p>}
          </div>
          <SafetyStatus checking={live.checking} error={live.error?.message ?? null} result={result} interruptive={interruptive} lesserCount={lesser.length} overridden={!!override && verdict?.missingFindingIds.length === 0}
            onReview={() => setDialogOpen(true)} />
          <InlineFindings findings={lesser} dismissed={dismissed} onDismiss={(d) => setDismissed((all) => [...all.filter((x) => x.id !== d.id), d])} onUndo={(id) => setDismissed((all) => all.filter((x) => x.id !== id))} />
          {notes.length > 0 && (
            <div className="rounded border-l-4 border-warn bg-warn-light p-2 text-sm">
              <p className="font-semibold">Not fully checked</p>
              <ul className="list-disc pl-5">{notes.map((n) => <li key={n}>{n}</li>)}</ul>
              {interruptive.length === 0 && (
                <label className="mt-2 block font-semibold">Reason for prescribing anyway
                  <textarea value={uncheckedReason} onChange={(e) => setUncheckedReason(e.target.value)} rows={2} className="mt-1 block w-full rounded-md border-2 border-ink/70 bg-white p-2 font-normal" />
                </label>
              )}
            </div>
          )}
          {message && <p role={message.tone === "error" ? "alert" : "status"} className={`rounded border-l-4 p-2 text-sm font-semibold ${message.tone === "ok" ? "border-ok bg-ok-light" : "border-danger bg-danger-light"}`}>{message.text}</p>}
          <Button type="submit" className="w-full" busy={busy} disabled={!!blockedReason} aria-describedby={blockedReason ? "approve-why" : undefined}>
            Approve and send to pharmacy
          </Button>
          {blockedReason && <p id="approve-why" className="text-sm text-muted">{blockedReason}</p>}
          <p className="text-xs text-muted">Approval needs your authenticator code if you have not entered one in the last 15 minutes.</p>
        </form>
      )}
      <SafetyDialog key={interruptKey} open={dialogOpen && interruptive.length > 0} findings={interruptive} initial={override}
        onChangePrescription={() => { setDialogOpen(false); setTimeout(() => drugRef.current?.focus(), 0); }}
        onOverride={(d) => { setOverride(d); setDialogOpen(false); }} />
      <MfaStepUpDialog open={mfa.open} notEnrolled={mfa.notEnrolled} onCancel={() => setMfa({ open: false, notEnrolled: false })}
        onVerified={() => { setMfa({ open: false, notEnrolled: false }); void submit(); }} />
    </section>
  );
}
