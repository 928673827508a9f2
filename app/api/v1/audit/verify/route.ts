import { apiRoute } from "@/server/http/api-route";
import { runAuditChainVerification } from "@/server/audit/run-audit-chain-verification";

/** GET /api/v1/audit/verify (supervisor, admin): recompute the hash chain → {intact, checked, firstBrokenId?}. */
export const GET = apiRoute(async ({ actor, request }) => runAuditChainVerification(actor, request));
