import { educationByKey } from "@/lib/education/library";
import { Markdown } from "@/components/ui/markdown";

/** The education attached to a consultation, in the patient's language, with sources. */
export function EducationList({ keys, locale }: { keys: string[]; locale: string }) {
  const lang = locale === "es" ? "es" : "en";
  const entries = keys.map(educationByKey).filter((e): e is NonNullable<typeof e> => !!e);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="edu" className="rounded-card border border-line bg-white p-4">
      <h2 id="edu" className="text-xl font-bold">{lang === "es" ? "Información para usted" : "Information for you"}</h2>
      {entries.map((e) => (
        <article key={e.key} className="mt-4 border-t border-line pt-3">
          <h3 className="text-lg font-bold">{e[lang].title}</h3>
          <div className="mt-1"><Markdown text={e[lang].body} /></div>
          <p className="mt-2 text-xs text-muted">{lang === "es" ? "Fuentes" : "Sources"}: {e.sources.join("; ")}</p>
        </article>
      ))}
    </section>
  );
}
