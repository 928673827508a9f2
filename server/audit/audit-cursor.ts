/**
 * Keyset cursor over audit ids. Opaque to clients (base64url JSON, like every
 * other cursor in the API), validated on the way back in so a forged cursor
 * is a 400, never a database error.
 */
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor } from "../http/cursor";

/** Cursor pointing after the row with `id`. */
export function encodeAuditCursor(id: bigint): string {
  return encodeCursor({ i: id.toString() });
}

/** The id inside a cursor from encodeAuditCursor. */
export function decodeAuditCursor(cursor: string): bigint {
  const { i } = decodeCursor<{ i?: unknown }>(cursor);
  if (typeof i !== "string" || !/^\d{1,19}$/.test(i)) {
    throw new AppError("VALIDATION_FAILED", "Invalid cursor.", { fieldErrors: { cursor: ["Invalid cursor"] } });
  }
  return BigInt(i);
}
