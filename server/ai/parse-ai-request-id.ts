import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed AI request id is simply not found (404), never a 500 from the database. */
export function parseAiRequestId(id: string): string {
  if (!UUID.test(id)) throw new AppError("NOT_FOUND", "AI request not found.", { requestId: id });
  return id.toLowerCase();
}
