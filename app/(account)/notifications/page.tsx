import { SiteHeader } from "@/components/site-header";
import { NotificationList } from "@/components/notifications/notification-list";
import { NotificationPreferences } from "@/components/notifications/notification-preferences";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { findNotifications } from "@/server/notifications/find-notifications";
import { db } from "@/server/db/prisma";

export const metadata = { title: "Notifications" };

const L = {
  en: { h1: "Notifications", empty: "You have no notifications yet. Updates about your care will appear here.", markAll: "Mark all as read", unread: "Unread", legend: "How we tell you about updates", inApp: "In the app (always on)", email: "By e-mail (no medical details in e-mails)", saved: "Saved" },
  es: { h1: "Notificaciones", empty: "Todavía no tiene notificaciones. Aquí verá las novedades sobre su atención.", markAll: "Marcar todas como leídas", unread: "No leída", legend: "Cómo le avisamos de las novedades", inApp: "En la aplicación (siempre activo)", email: "Por correo electrónico (sin detalles médicos)", saved: "Guardado" },
};

export default async function NotificationsPage() {
  const { actor, name } = await requirePageActor(["patient", "provider", "supervisor", "pharmacist", "admin"], "/notifications");
  const data = await findNotifications(actor);
  const patient = actor.patientId ? await db.patient.findUnique({ where: { id: actor.patientId }, select: { languagePreference: true, notificationChannels: true } }) : null;
  const t = L[patient?.languagePreference === "es" ? "es" : "en"];
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">{t.h1}</h1>
        {patient && <div className="mb-6"><NotificationPreferences email={patient.notificationChannels.includes("email")} labels={t} /></div>}
        <NotificationList items={data.items} labels={t} />
      </main>
    </>
  );
}
