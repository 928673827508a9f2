import { cache } from "react";
import { db } from "../db/prisma";

/** The patient's preferred language ("en" | "es"), once per request. */
export const findPatientLanguage = cache(async (patientId: string): Promise<string> => {
  const p = await db.patient.findUnique({ where: { id: patientId }, select: { languagePreference: true } });
  return p?.languagePreference ?? "en";
});
