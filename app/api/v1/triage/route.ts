import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { ZTriageInput } from "@/lib/schemas/triage";
import { runTriage } from "@/lib/triage/run-triage";

/** POST /api/v1/triage — runs the triage engine on an intake without saving anything. */
export const POST = apiRoute(async ({ req }) => runTriage(await parseJsonBody(req, ZTriageInput)));
