/**
 * Reads a stored IntakeDraft.data JSON value. Drafts outlive deployments, so a
 * field that no longer fits the current form (a renamed option, a tighter
 * limit) is dropped on its own; the rest of the patient's answers survive.
 */
import { ZIdempotencyKey, ZIntakeDraftValues, type TIntakeDraftValues } from "../schemas/intake-form";

export interface StoredDraft {
  values: TIntakeDraftValues;
  idempotencyKey: string | null;
}

export function readDraft(data: unknown): StoredDraft {
  const raw = (data && typeof data === "object" ? data : {}) as { values?: unknown; idempotencyKey?: unknown };
  const key = ZIdempotencyKey.safeParse(raw.idempotencyKey);
  return { values: readValues(raw.values), idempotencyKey: key.success ? key.data : null };
}

function readValues(values: unknown): TIntakeDraftValues {
  if (!values || typeof values !== "object") return {};
  const whole = ZIntakeDraftValues.safeParse(values);
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const one = ZIntakeDraftValues.safeParse({ [k]: v });
    if (one.success) Object.assign(out, one.data);
  }
  return out as TIntakeDraftValues;
}
