/**
 * Decides a file's type from its first bytes ("magic numbers"), never from its
 * name or the type the browser declared: both are chosen by the sender. Pure;
 * only the types patients may upload are recognised, everything else is null.
 *
 * Signatures: JPEG (JFIF/Exif) FF D8 FF; PNG 89 50 4E 47 0D 0A 1A 0A;
 * WebP "RIFF" <size> "WEBP"; PDF "%PDF-" (readers accept it within the first
 * 1024 bytes, so do we); HEIF/HEIC an ISO-BMFF "ftyp" box whose brands say
 * HEVC-coded HEIF (ISO/IEC 23008-12). AVIF shares the container but is not on
 * the list, so it is refused.
 */
import type { AttachmentMimeType } from "./attachment-rules";

const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
const HEIF_GENERIC_BRANDS = new Set(["mif1", "msf1"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);

export function detectFileType(bytes: Uint8Array): AttachmentMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "image/webp";
  const heif = heifType(bytes);
  if (heif) return heif;
  if (indexOfAscii(bytes, "%PDF-", 1024) >= 0) return "application/pdf";
  return null;
}

function heifType(bytes: Uint8Array): "image/heic" | "image/heif" | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== "ftyp") return null;
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (size < 16 || size > bytes.length || size > 4096) return null;
  const major = ascii(bytes, 8, 4);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= size; at += 4) compatible.push(ascii(bytes, at, 4));
  const brands = [major, ...compatible];
  if (AVIF_BRANDS.has(major)) return null;
  if (HEIC_BRANDS.has(major)) return "image/heic";
  if (HEIF_GENERIC_BRANDS.has(major)) {
    if (compatible.some((b) => HEIC_BRANDS.has(b))) return "image/heic";
    // A generic HEIF whose compatible brands say AV1 is an AVIF file.
    if (compatible.some((b) => AVIF_BRANDS.has(b))) return null;
    return "image/heif";
  }
  if (compatible.some((b) => AVIF_BRANDS.has(b))) return null;
  return brands.some((b) => HEIC_BRANDS.has(b)) ? "image/heic" : null;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  if (start + length > bytes.length) return "";
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function indexOfAscii(bytes: Uint8Array, needle: string, within: number): number {
  const codes = [...needle].map((c) => c.charCodeAt(0));
  const end = Math.min(bytes.length, within) - codes.length;
  for (let i = 0; i <= end; i++) {
    if (codes.every((c, j) => bytes[i + j] === c)) return i;
  }
  return -1;
}
