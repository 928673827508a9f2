import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { SlaConsole } from "@/components/sla/sla-console";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { realtimePublicUrl } from "@/server/env";

export const metadata = { title: "SLA console" };

export default async function SlaPage() {
  const { actor, name } = await requirePageActor(["supervisor"], "/sla");
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-[1600px] px-4 py-5">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
          <h1 className="text-2xl font-bold">SLA console</h1>
          <Link href="/sla/metrics" className="font-semibold text-brand underline">Clinic metrics →</Link>
        </div>
        <SlaConsole realtimeUrl={realtimePublicUrl()} />
      </main>
    </>
  );
}
