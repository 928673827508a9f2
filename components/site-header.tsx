import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { signOutAction } from "@/server/actions/auth";
import { IdleTimer } from "@/components/session/idle-timer";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { findPatientLanguage } from "@/server/patients/find-patient-language";

const NAV: Record<string, { href: string; label: string }[]> = {
  patient: [
    { href: "/consultations", label: "My consultations" },
    { href: "/intake", label: "New consultation" },
    { href: "/account/access-log", label: "Who viewed my record" },
  ],
  provider: [{ href: "/queue", label: "Queue" }],
  supervisor: [
    { href: "/sla", label: "SLA console" },
    { href: "/queue", label: "Queue" },
    { href: "/audit", label: "Audit trail" },
  ],
  patient_es: [
    { href: "/consultations", label: "Mis consultas" },
    { href: "/intake", label: "Nueva consulta" },
    { href: "/account/access-log", label: "Quién vio mi expediente" },
  ],
  pharmacist: [{ href: "/pharmacy", label: "Pharmacy queue" }],
  admin: [
    { href: "/admin/users", label: "Accounts" },
    { href: "/audit", label: "Audit trail" },
  ],
};

/** Patients see the header in their preferred language (English or Spanish). */
export async function SiteHeader({ actor, name, wide }: { actor?: UserActor | null; name?: string; wide?: boolean }) {
  const es = actor?.role === "patient" && actor.patientId ? (await findPatientLanguage(actor.patientId)) === "es" : false;
  const navKey = actor ? (actor.role === "patient" && es ? "patient_es" : actor.role) : "";
  return (
    <header className="bg-brand text-white">
      <div className={`mx-auto flex flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 ${wide ? "max-w-[1600px]" : "max-w-5xl"}`}>
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-white no-underline">
          <svg aria-hidden viewBox="0 0 24 24" className="h-7 w-7" fill="none" stroke="currentColor" strokeWidth="2.2">
            <path d="M12 21s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 5.5-7 10-7 10z" />
            <path d="M8 12h2l1-2 2 4 1-2h2" />
          </svg>
          Async Visits
        </Link>
        {actor && (
          <nav aria-label="Main" className="flex gap-4">
            {(NAV[navKey] ?? []).map((n) => (
              <Link key={n.href} href={n.href} className="font-semibold text-white underline-offset-4 hover:underline">
                {n.label}
              </Link>
            ))}
          </nav>
        )}
        <div className="ml-auto flex items-center gap-4">
          {actor ? (
            <>
              <IdleTimer />
              <NotificationsLink userId={actor.userId} label={es ? "Notificaciones" : "Notifications"} />
              <span className="text-sm opacity-90">
                {name} <span className="rounded bg-white/15 px-1.5 py-0.5 text-xs uppercase tracking-wide">{es ? "paciente" : actor.role}</span>
              </span>
              <form action={signOutAction}>
                <button type="submit" className="text-sm font-semibold text-white underline underline-offset-4">
                  {es ? "Cerrar sesión" : "Sign out"}
                </button>
              </form>
            </>
          ) : (
            <Link href="/login" className="font-semibold text-white underline underline-offset-4">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
