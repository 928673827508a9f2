import { zodResolver } from "@hookform/resolvers/zod";
import { get, type FieldErrors, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { localizeMessage } from "@/lib/i18n/intake-errors";
import type { Locale } from "@/lib/i18n/intake";
import type { TIntakeDraftValues } from "@/lib/schemas/intake-form";

export type IntakeFormValues = TIntakeDraftValues;

/** The DOM id of a field path ("vitals.heartRate" → "vitals-heartRate"); error summary links point here. */
export function fieldId(path: string): string {
  return path.replace(/\./g, "-");
}

/** zodResolver with every message shown in the patient's language. */
export function localizedResolver(schema: z.ZodType, locale: Locale): Resolver<IntakeFormValues> {
  const base = zodResolver(schema as never) as unknown as Resolver<IntakeFormValues>;
  return async (values, ctx, options) => {
    const result = await base(values, ctx, options);
    for (const leaf of leaves(result.errors as FieldErrors)) leaf.error.message = localizeMessage(String(leaf.error.message ?? ""), locale);
    return result;
  };
}

/** The message for one field, if it has an error. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const e = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = e?.message ?? e?.root?.message;
  return typeof message === "string" && message ? message : undefined;
}

interface Leaf {
  path: string;
  error: { message?: unknown };
}

function leaves(errors: FieldErrors, prefix = ""): Leaf[] {
  const out: Leaf[] = [];
  for (const [key, node] of Object.entries(errors ?? {})) {
    if (!node || typeof node !== "object" || key === "ref") continue;
    const path = key === "root" ? prefix.replace(/\.$/, "") : `${prefix}${key}`;
    const n = node as Record<string, unknown>;
    if (typeof n.message === "string") out.push({ path, error: n });
    out.push(...leaves(n as FieldErrors, `${path}.`).filter((l) => l.path !== path));
  }
  return out;
}

/** Errors for the summary box, in the order the fields appear on the page (GOV.UK). */
export function summaryOf(errors: FieldErrors): { field: string; message: string }[] {
  const items = leaves(errors).map((l) => ({ field: fieldId(l.path), message: String(l.error.message) }));
  const pos = (id: string) => document.getElementById(id);
  return items.sort((a, b) => {
    const ea = pos(a.field);
    const eb = pos(b.field);
    if (!ea || !eb) return 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
