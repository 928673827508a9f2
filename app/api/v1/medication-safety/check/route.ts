import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { ZMedicationSafetyCheckInput } from "@/lib/schemas/medication-safety";
import { checkMedicationSafety } from "@/lib/medication-safety";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

/** POST /api/v1/medication-safety/check (providers, pharmacists): pure check, nothing stored. */
export const POST = apiRoute(async ({ req, actor }) => {
  if (!can(actor, "medication-safety:check")) throw new AppError("FORBIDDEN", "Only providers and pharmacists can run medication safety checks.");
  return checkMedicationSafety(await parseJsonBody(req, ZMedicationSafetyCheckInput));
});
