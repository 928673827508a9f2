/** The signed-in user's notifications (newest first) and unread count; marking read. */
import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";

export async function findNotifications(actor: UserActor, opts: { limit?: number } = {}) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "desc" }, take: opts.limit ?? 50 }),
    db.notification.count({ where: { userId: actor.userId, readAt: null } }),
  ]);
  return {
    unread,
    items: items.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, consultationId: n.consultationId, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
    nextCursor: null,
  };
}

export async function countUnreadNotifications(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function markNotificationsRead(actor: UserActor, ids?: string[]) {
  const { count } = await db.notification.updateMany({ where: { userId: actor.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
  return { marked: count };
}

export const NOTIFICATION_CHANNELS = ["in_app", "email"] as const;

export async function updateNotificationPreferences(actor: UserActor, channels: string[]) {
  if (!actor.patientId) return { channels: ["in_app", "email"] };
  // In-app is always kept: it is the record in the app; e-mail is the choice.
  const next = [...new Set(["in_app", ...channels.filter((c) => c === "email")])];
  await db.patient.update({ where: { id: actor.patientId }, data: { notificationChannels: next } });
  return { channels: next };
}
