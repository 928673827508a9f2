import Link from "next/link";
import { countUnreadNotifications } from "@/server/notifications/find-notifications";

/** Header link with the unread count (server-rendered on every page load). */
export async function NotificationsLink({ userId, label = "Notifications" }: { userId: string; label?: string }) {
  const unread = await countUnreadNotifications(userId);
  return (
    <Link href="/notifications" className="relative text-sm font-semibold text-white underline-offset-4 hover:underline" aria-label={unread ? `${label}, ${unread} unread` : label}>
      <svg aria-hidden viewBox="0 0 24 24" className="inline h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" /><path d="M10 21h4" /></svg>
      {unread > 0 && <span className="absolute -right-2 -top-2 min-w-5 rounded-full bg-danger px-1 text-center text-xs font-bold tabular">{unread > 99 ? "99+" : unread}</span>}
    </Link>
  );
}
