import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { buttonClass } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { StatusBadge } from "@/components/consultations/status-badge";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { findConsultations } from "@/server/consultations/find-consultations";
import { hasIntakeDraft } from "@/server/intake/has-intake-draft";
import { consultationTypeLabel } from "@/lib/consultations/consultation-types";
import type { ConsultationStatus } from "@/lib/consultations/statuses";

export const metadata = { title: "My consultations" };

export default async function MyConsultationsPage() {
  const { actor, name, request } = await requirePageActor(["patient"], "/consultations");
  const [{ items }, draft] = await Promise.all([findConsultations(actor, { limit: 50 }, request), hasIntakeDraft(actor)]);
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-3xl font-bold">My consultations</h1>
          <Link href="/intake" className={buttonClass("primary")}>
            {draft ? "Continue your unfinished request" : "Start a new consultation"}
          </Link>
        </div>
        {items.length === 0 ? (
          <div className="mt-8 rounded-card border border-line bg-white p-6">
            <h2 className="text-xl font-bold">You have no consultations yet</h2>
            <p className="mt-2 text-muted">When you start one, you can follow its progress and read the clinician’s reply here.</p>
          </div>
        ) : (
          <ul className="mt-6 space-y-3">
            {items.map((c) => (
              <li key={String(c.id)} className="rounded-card border border-line bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <Link href={`/consultations/${c.id}`} className="text-lg font-bold text-brand underline underline-offset-4">
                      {String(c.chiefComplaint)}
                    </Link>
                    <p className="mt-1 text-sm text-muted">
                      {consultationTypeLabel(String(c.consultationType))} · Reference <span className="tabular">{String(c.reference)}</span> ·
                      Sent <Time date={c.submittedAt as Date} />
                    </p>
                  </div>
                  <StatusBadge status={c.status as ConsultationStatus} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
