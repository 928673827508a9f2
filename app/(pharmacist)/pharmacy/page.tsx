import { SiteHeader } from "@/components/site-header";
import { ManualQueueTable, RecentOrdersTable } from "@/components/pharmacy/queue-tables";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { findPharmacyWorkQueue } from "@/server/prescriptions/find-pharmacy-work-queue";

export const metadata = { title: "Pharmacy queue" };
export const dynamic = "force-dynamic";

/** Pharmacist work queue: prescriptions the gateway could not send, and recent orders. Every row shown is an audited read. */
export default async function PharmacyQueuePage() {
  const { actor, name, request } = await requirePageActor(["pharmacist"], "/pharmacy");
  const { manual, recent } = await findPharmacyWorkQueue(actor, request);
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-[1600px] space-y-8 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">Pharmacy queue</h1>
          <p className="mt-1 text-sm text-muted">Prescriptions that could not be sent electronically. Resend them, or phone them in to the pharmacy and record what happened. Patients have been told there is a delay.</p>
        </div>
        <section aria-labelledby="manual-title" className="space-y-3">
          <h2 id="manual-title" className="text-lg font-bold">Needs action <span className="tabular text-muted">({manual.length})</span></h2>
          {manual.length === 0 ? (
            <p className="rounded-card border border-line bg-white p-6">
              <strong>Nothing to do.</strong> When a prescription cannot be sent to a pharmacy electronically (after three attempts, or when the pharmacy cannot receive it), it appears here with the reason.
            </p>
          ) : (
            <ManualQueueTable items={manual} />
          )}
        </section>
        <section aria-labelledby="recent-title" className="space-y-3">
          <h2 id="recent-title" className="text-lg font-bold">Sent in the last 7 days <span className="tabular text-muted">({recent.length})</span></h2>
          {recent.length === 0 ? (
            <p className="rounded-card border border-line bg-white p-6 text-muted">No prescriptions have reached a pharmacy in the last 7 days.</p>
          ) : (
            <RecentOrdersTable items={recent} />
          )}
        </section>
      </main>
    </>
  );
}
