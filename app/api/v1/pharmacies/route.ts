import { apiRoute } from "@/server/http/api-route";
import { findPharmacies } from "@/server/prescriptions/find-pharmacies";

/** GET /api/v1/pharmacies (providers, pharmacists, supervisors) — where prescriptions can be sent. */
export const GET = apiRoute(async ({ actor }) => findPharmacies(actor));
