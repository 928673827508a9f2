"use client";

import { useEffect, useState } from "react";
import type { TMedicationSafetyCheckInput, TMedicationSafetyCheckResult } from "@/lib/schemas/medication-safety";
import { api, type ApiError } from "./api";

export interface LiveCheck {
  result: TMedicationSafetyCheckResult | null;
  /** The input `result` belongs to (serialised), so callers know if it is stale. */
  checkedKey: string | null;
  checking: boolean;
  error: ApiError | null;
}

/**
 * Runs POST /api/v1/medication-safety/check as the prescriber types: debounced, and each new
 * input aborts the request in flight so an old answer never overwrites a newer one.
 */
export function useLiveSafetyCheck(input: TMedicationSafetyCheckInput | null, delayMs = 400): LiveCheck {
  const key = input ? JSON.stringify(input) : null;
  const [state, setState] = useState<LiveCheck>({ result: null, checkedKey: null, checking: false, error: null });
  useEffect(() => {
    if (!key) {
      setState({ result: null, checkedKey: null, checking: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(async () => {
      try {
        const r = await api<TMedicationSafetyCheckResult>("/api/v1/medication-safety/check", { method: "POST", json: JSON.parse(key), signal: controller.signal });
        setState(r.ok ? { result: r.data, checkedKey: key, checking: false, error: null } : { result: null, checkedKey: null, checking: false, error: r.error });
      } catch {
        // Aborted: a newer input is on its way.
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, delayMs]);
  return state;
}
