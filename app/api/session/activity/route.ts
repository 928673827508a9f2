import { apiRoute } from "@/server/http/api-route";
import { IDLE_TIMEOUT_MS } from "@/server/auth/session-policy";

/** POST /api/session/activity — the browser reports real user activity (keeps the server-side session alive). */
export const POST = apiRoute(async () => ({ idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000 }), { allowWithoutMfa: true });
