import { SiteHeader } from "@/components/site-header";
import { QueueDashboard } from "@/components/queue/queue-dashboard";
import { PROVIDER_TABS, SUPERVISOR_TABS } from "@/components/queue/queue-tabs";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { realtimePublicUrl } from "@/server/env";

export const metadata = { title: "Queue" };

export default async function QueuePage() {
  const { actor, name } = await requirePageActor(["provider", "supervisor"], "/queue");
  const provider = actor.role === "provider";
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-[1600px] px-4 py-5">
        <h1 className="text-2xl font-bold">Queue</h1>
        <p className="mt-1 text-sm text-muted">Ordered by clinical priority: emergencies and risk first, then time left to the SLA deadline, then triage score.</p>
        <div className="mt-4">
          <QueueDashboard tabs={provider ? PROVIDER_TABS : SUPERVISOR_TABS} realtimeUrl={realtimePublicUrl()} canAccept={provider} />
        </div>
      </main>
    </>
  );
}
