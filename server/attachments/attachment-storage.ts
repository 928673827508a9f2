/**
 * Encrypted file storage for attachments, outside the web root (STORAGE_DIR,
 * default `.data/storage`, relative to the working directory). Every file is
 * sealed with AES-256-GCM (server/crypto.ts) and named by a random key that
 * says nothing about the patient or the file. Keys are checked before they
 * become paths, so a bad key can never escape the storage directory.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getEnv } from "../env";
import { decryptBuffer, encryptBuffer } from "../crypto";

const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** The storage root, resolved at call time (tests point STORAGE_DIR at a temp dir). */
export function storageRoot(): string {
  // turbopackIgnore: the directory is runtime data, not something to trace into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), getEnv().STORAGE_DIR);
}

export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

function pathFor(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error("invalid storage key");
  // Two-level fan-out keeps directories small.
  return path.join(/*turbopackIgnore: true*/ storageRoot(), key.slice(0, 2), key);
}

/** Encrypts and writes; the temp-file rename makes a half-written file impossible. */
export async function writeStoredFile(key: string, plain: Buffer): Promise<void> {
  const target = pathFor(key);
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const tmp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  await fs.writeFile(tmp, encryptBuffer(plain), { mode: 0o600, flag: "wx" });
  await fs.rename(tmp, target);
}

/** Reads and decrypts; a tampered file fails GCM authentication and throws. */
export async function readStoredFile(key: string): Promise<Buffer> {
  return decryptBuffer(await fs.readFile(pathFor(key)));
}

/** The sealed bytes as stored (for tests and integrity checks). */
export async function readSealedFile(key: string): Promise<Buffer> {
  return fs.readFile(pathFor(key));
}

export async function deleteStoredFile(key: string): Promise<void> {
  await fs.rm(pathFor(key), { force: true });
}
