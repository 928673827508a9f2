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
import { findPatientLanguage } from "@/server/patients/find-patient-language";

const T = {
  en: { h1: "My consultations", resume: "Continue your unfinished request", start: "Start a new consultation", emptyTitle: "You have no consultations yet", empty: "When you start one, you can follow its progress and read the clinician’s reply here.", reference: "Reference", sent: "Sent" },
  es: { h1: "Mis consultas", resume: "Continuar su solicitud sin terminar", start: "Empezar una nueva consulta", emptyTitle: "Todavía no tiene consultas", empty: "Cuando empiece una, podrá seguir su progreso y leer la respuesta del profesional aquí.", reference: "Referencia", sent: "Enviada" },
};

export const metadata = { title: "My consultations" };

export default async function MyConsultationsPage() {
  const { actor, name, request } = await requirePageActor(["patient"], "/consultations");
  const [{ items }, draft, language] = await Promise.all([findConsultations(actor, { limit: 50 }, request), hasIntakeDraft(actor), findPatientLanguage(actor.patientId!)]);
  const locale = language === "es" ? "es" : "en";
  const t = T[locale];
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" lang={locale} className="mx-auto max-w-3xl px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-3xl font-bold">{t.h1}</h1>
          <Link href="/intake" className={buttonClass("primary")}>
            {draft ? t.resume : t.start}
          </Link>
        </div>
        {items.length === 0 ? (
          <div className="mt-8 rounded-card border border-line bg-white p-6">
            <h2 className="text-xl font-bold">{t.emptyTitle}</h2>
            <p className="mt-2 text-muted">{t.empty}</p>
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
                      {consultationTypeLabel(String(c.consultationType), locale)} · {t.reference} <span className="tabular">{String(c.reference)}</span> ·{" "}
                      {t.sent} <Time date={c.submittedAt as Date} locale={locale} />
                    </p>
                  </div>
                  <StatusBadge status={c.status as ConsultationStatus} locale={locale} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
