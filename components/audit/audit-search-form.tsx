import Form from "next/form";
import Link from "next/link";
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS } from "@/lib/audit/audit-actions";
import { buttonClass } from "@/components/ui/button";
import { PersonPicker } from "./person-picker";

export interface AuditFilterValues {
  patientId?: string;
  actorId?: string;
  resourceId?: string;
  action?: string;
  from?: string;
  to?: string;
}

const INPUT = "block w-full min-h-10 rounded-md border-2 border-ink/70 bg-white px-2 py-1.5 text-sm";
const LABEL = "block text-sm font-semibold";

/**
 * The audit search: a GET form, so every search is a shareable URL and the
 * browser's Back button works. Field errors come from the server's parse of
 * the same query (ZAuditSearchQuery).
 */
export function AuditSearchForm({ values, labels, timeZone, fieldErrors }: {
  values: AuditFilterValues;
  labels: { patient?: string; actor?: string };
  timeZone: string;
  fieldErrors: Record<string, string[]>;
}) {
  const err = (f: string) => fieldErrors[f]?.[0];
  const errorText = (f: string) => err(f) && <p id={`${f}-error`} className="mt-1 text-xs font-semibold text-danger"><span className="sr-only">Error: </span>{err(f)}</p>;
  const invalid = (f: string) => (err(f) ? { "aria-invalid": true, "aria-describedby": `${f}-error` } : {});
  return (
    <Form action="/audit" className="rounded-card border border-line bg-white p-4" aria-label="Search the audit trail">
      <div className="grid gap-3 lg:grid-cols-2">
        <PersonPicker kind="patient" name="patientId" label="Patient" idLabel="Patient ID" initialId={values.patientId} initialLabel={labels.patient} />
        <PersonPicker kind="staff" name="actorId" label="Who (staff member)" idLabel="User ID" initialId={values.actorId} initialLabel={labels.actor} />
      </div>
      {(err("patientId") || err("actorId")) && (
        <div className="mt-1 grid gap-3 lg:grid-cols-2"><div>{errorText("patientId")}</div><div>{errorText("actorId")}</div></div>
      )}
      <div className="mt-3 grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1.3fr_1fr_1fr_auto]">
        <div>
          <label htmlFor="resourceId" className={LABEL}>Resource ID</label>
          <input id="resourceId" name="resourceId" defaultValue={values.resourceId} spellCheck={false} className={`${INPUT} mt-1 font-mono`} {...invalid("resourceId")} />
          {errorText("resourceId")}
        </div>
        <div>
          <label htmlFor="action" className={LABEL}>Action</label>
          <select id="action" name="action" defaultValue={values.action ?? ""} className={`${INPUT} mt-1`} {...invalid("action")}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{AUDIT_ACTION_LABELS[a]}</option>)}
          </select>
          {errorText("action")}
        </div>
        <div>
          <label htmlFor="from" className={LABEL}>From</label>
          <input id="from" name="from" type="date" defaultValue={values.from} className={`${INPUT} mt-1`} {...invalid("from")} />
          {errorText("from")}
        </div>
        <div>
          <label htmlFor="to" className={LABEL}>To</label>
          <input id="to" name="to" type="date" defaultValue={values.to} className={`${INPUT} mt-1`} {...invalid("to")} />
          {errorText("to")}
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-1 lg:mt-6">
          <button type="submit" className={buttonClass("primary", "sm")}>Search</button>
          <Link href="/audit" className={buttonClass("ghost", "sm")}>Clear</Link>
        </div>
      </div>
      <p className="mt-2 text-xs text-muted">Dates are days in the clinic’s time zone ({timeZone}); both days are included.</p>
    </Form>
  );
}
