import { z } from "zod";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { markNotificationsRead } from "@/server/notifications/find-notifications";

const ZRead = z.object({ ids: z.array(z.string().uuid()).max(200).optional() }).strict();

/** POST /api/v1/notifications/read {ids?} — marks the given (or all) notifications read. */
export const POST = apiRoute(async ({ req, actor }) => markNotificationsRead(actor, (await parseJsonBody(req, ZRead)).ids), { allowWithoutMfa: true });
