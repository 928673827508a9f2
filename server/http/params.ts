import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is simply not found (404), never a 500 from the database. */
export function parseConsultationId(id: string): string {
  if (!UUID.test(id)) throw new AppError("NOT_FOUND", "Consultation not found.", { consultationId: id });
  return id.toLowerCase();
}
