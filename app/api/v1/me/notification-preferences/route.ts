import { z } from "zod";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { updateNotificationPreferences } from "@/server/notifications/find-notifications";

const ZPrefs = z.object({ channels: z.array(z.enum(["in_app", "email"])).max(2) }).strict();

/** PUT /api/v1/me/notification-preferences {channels} — a patient chooses e-mail and/or in-app (in-app is always kept). */
export const PUT = apiRoute(async ({ req, actor }) => updateNotificationPreferences(actor, (await parseJsonBody(req, ZPrefs)).channels));
