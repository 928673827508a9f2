import { apiRoute, parseQuery } from "@/server/http/api-route";
import { ZDrugSearchQuery } from "@/lib/schemas/prescriptions";
import { searchDrugCatalog } from "@/lib/prescriptions/search-drug-catalog";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

/** GET /api/v1/drugs?q= (providers, pharmacists) — autocomplete over the bundled vocabulary, with DEA schedules. */
export const GET = apiRoute(async ({ req, actor }) => {
  if (!can(actor, "medication-safety:check")) throw new AppError("FORBIDDEN", "Only providers and pharmacists can search drugs.");
  const { q, limit } = parseQuery(req, ZDrugSearchQuery);
  return { items: searchDrugCatalog(q, limit) };
});
