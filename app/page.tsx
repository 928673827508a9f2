import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/site-header";
import { buttonClass } from "@/components/ui/button";
import { optionalPageActor } from "@/server/auth/require-page-actor";
import { HOME_PATH } from "@/lib/auth/home-path";

export const dynamic = "force-dynamic";

export default async function Home() {
  const { actor } = await optionalPageActor();
  if (actor) redirect(HOME_PATH[actor.role]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-12">
        <div className="max-w-2xl">
          <h1 className="text-4xl font-bold leading-tight">See a clinician without an appointment</h1>
          <p className="mt-4 text-xl text-muted">
            Tell us about your symptoms online. A licensed clinician reviews your answers, asks you questions if needed, and sends you a
            treatment plan — usually within hours.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Link href="/login?next=/intake" className={buttonClass("primary")}>
              Start a consultation
            </Link>
            <Link href="/login" className={buttonClass("secondary")}>
              Sign in
            </Link>
          </div>
        </div>
        <section aria-labelledby="how" className="mt-14 grid gap-6 sm:grid-cols-3">
          <h2 id="how" className="sr-only">
            How it works
          </h2>
          {[
            ["1", "Answer a few questions", "About your symptoms, medicines and allergies. It takes about 10 minutes."],
            ["2", "We check how urgent it is", "Straight away. If you need emergency care, we tell you at once."],
            ["3", "A clinician replies", "You can follow every step and answer their questions here."],
          ].map(([n, title, text]) => (
            <div key={n} className="rounded-card border border-line bg-white p-5">
              <span className="flex h-9 w-9 items-center justify-center rounded-full bg-brand font-bold text-white">{n}</span>
              <h3 className="mt-3 text-lg font-bold">{title}</h3>
              <p className="mt-1 text-muted">{text}</p>
            </div>
          ))}
        </section>
        <aside className="mt-10 border-l-8 border-danger bg-white p-5">
          <h2 className="text-lg font-bold">Is it an emergency?</h2>
          <p className="mt-1">
            If you have chest pain, trouble breathing, signs of a stroke or severe bleeding, <strong>call 911</strong> or go to the nearest emergency
            department now. Do not use this service.
          </p>
        </aside>
      </main>
    </>
  );
}
