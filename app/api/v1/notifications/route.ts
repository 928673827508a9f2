import { apiRoute } from "@/server/http/api-route";
import { findNotifications } from "@/server/notifications/find-notifications";

/** GET /api/v1/notifications — the caller's notifications, newest first, with the unread count. */
export const GET = apiRoute(async ({ actor }) => findNotifications(actor), { allowWithoutMfa: true });
