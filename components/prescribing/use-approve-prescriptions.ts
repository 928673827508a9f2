"use client";

import { useState } from "react";
import type { TMedicationSafetyCheckResult } from "@/lib/schemas/medication-safety";
import type { TApprovePrescriptionsInput } from "@/lib/schemas/prescriptions";
import { api, type ApiError } from "./api";

export type ApproveOutcome =
  | { kind: "approved"; count: number }
  | { kind: "needs_override"; safety: TMedicationSafetyCheckResult; message: string }
  | { kind: "needs_mfa"; notEnrolled: boolean }
  | { kind: "error"; error: ApiError };

/**
 * POST /api/v1/consultations/:id/prescriptions and sort the answer into what the panel does
 * next: done, show the server's safety result in the dialog (422), step up MFA (403), or show
 * the error (429 with its wait, 409, 400...).
 */
export function useApprovePrescriptions(consultationId: string) {
  const [busy, setBusy] = useState(false);
  const approve = async (body: TApprovePrescriptionsInput): Promise<ApproveOutcome> => {
    setBusy(true);
    try {
      const r = await api<{ prescriptions: unknown[] }>(`/api/v1/consultations/${consultationId}/prescriptions`, { method: "POST", json: body });
      if (r.ok) return { kind: "approved", count: r.data.prescriptions.length };
      const e = r.error;
      if (e.code === "MFA_REQUIRED") return { kind: "needs_mfa", notEnrolled: e.details.reason === "not_enrolled" };
      if (e.code === "GUARD_FAILED" && e.details.safety) return { kind: "needs_override", safety: e.details.safety as TMedicationSafetyCheckResult, message: e.message };
      return { kind: "error", error: e };
    } finally {
      setBusy(false);
    }
  };
  return { approve, busy };
}
