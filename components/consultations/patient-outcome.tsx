import { EducationList } from "@/components/education/education-list";

const T = {
  en: { title: "Your care plan", diagnosis: "Diagnosis code", plan: "What the clinician decided", care: "What to do now", rx: "Prescriptions", pharmacy: "Pharmacy" },
  es: { title: "Su plan de cuidado", diagnosis: "Código de diagnóstico", plan: "Lo que decidió el profesional", care: "Qué hacer ahora", rx: "Recetas", pharmacy: "Farmacia" },
};

interface Rx {
  id: string;
  displayName: string;
  sig: string;
  statusLabel: string;
  pharmacy: { name: string; phone: string } | null;
}

/** The outcome for the patient: plan, care instructions, prescription status and attached education. */
export function PatientOutcome({ plan, careInstructions, diagnosisCode, prescriptions, educationKeys, locale }: {
  plan: string | null; careInstructions: string | null; diagnosisCode: string | null; prescriptions: Rx[]; educationKeys: string[]; locale: string;
}) {
  const t = T[locale === "es" ? "es" : "en"];
  if (!plan && !careInstructions && prescriptions.length === 0 && educationKeys.length === 0) return null;
  return (
    <div className="mt-8 space-y-4">
      <section aria-labelledby="plan-title" className="rounded-card border border-line bg-white p-4">
        <h2 id="plan-title" className="text-xl font-bold">{t.title}</h2>
        {plan && (<><h3 className="mt-3 font-semibold">{t.plan}</h3><p className="whitespace-pre-line">{plan}</p></>)}
        {careInstructions && (<><h3 className="mt-3 font-semibold">{t.care}</h3><p className="whitespace-pre-line">{careInstructions}</p></>)}
        {diagnosisCode && <p className="mt-3 text-sm text-muted">{t.diagnosis}: {diagnosisCode}</p>}
      </section>
      {prescriptions.length > 0 && (
        <section aria-labelledby="rx-title" className="rounded-card border border-line bg-white p-4">
          <h2 id="rx-title" className="text-xl font-bold">{t.rx}</h2>
          <ul className="mt-2 space-y-2">
            {prescriptions.map((r) => (
              <li key={r.id} className="border-t border-line pt-2">
                <p className="font-semibold">{r.displayName} <span className="ml-2 rounded bg-brand-light px-2 py-0.5 text-sm text-brand-dark">{r.statusLabel}</span></p>
                <p className="text-sm">{r.sig}</p>
                {r.pharmacy && <p className="text-sm text-muted">{t.pharmacy}: {r.pharmacy.name} · {r.pharmacy.phone}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <EducationList keys={educationKeys} locale={locale} />
    </div>
  );
}
