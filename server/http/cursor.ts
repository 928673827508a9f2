import { AppError } from "@/lib/errors";

/** Opaque keyset cursors: base64url JSON of the last row's sort keys. */
export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T>(cursor: string): T {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (v && typeof v === "object") return v as T;
  } catch {
    // fall through
  }
  throw new AppError("VALIDATION_FAILED", "Invalid cursor.", { fieldErrors: { cursor: ["Invalid cursor"] } });
}
