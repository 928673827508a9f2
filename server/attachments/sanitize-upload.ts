/**
 * Makes an uploaded file safe to keep and show:
 * - JPEG, PNG, WebP: decoded and re-encoded with sharp. `.rotate()` bakes the
 *   camera orientation into the pixels first; re-encoding without
 *   `.withMetadata()` drops Exif (camera, GPS position, time), XMP and IPTC.
 * - HEIC/HEIF: re-encoded to JPEG when the decoder can read it (browsers other
 *   than Safari cannot show HEIC anyway). sharp's prebuilt libheif has no HEVC
 *   decoder, so iPhone photos usually cannot be decoded: then we keep the
 *   original bytes with their Exif and XMP items blanked in place
 *   (lib/attachments/strip-heif-metadata.ts) and make no thumbnail. If even
 *   that is not possible we refuse the file rather than keep a location.
 * - PDF: kept as is, no thumbnail (always served as a download).
 * Thumbnails are 320 px WebP, made from the cleaned image.
 */
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import type { AttachmentMimeType } from "@/lib/attachments/attachment-rules";
import { HeifParseError, stripHeifMetadata } from "@/lib/attachments/strip-heif-metadata";

export interface SanitizedUpload {
  bytes: Buffer;
  mimeType: AttachmentMimeType;
  thumbnail: Buffer | null;
  /** How metadata was handled, for the audit trail. */
  metadata: "reencoded" | "heif_items_blanked" | "kept_pdf";
}

/** Phone cameras reach ~50 MP; anything far beyond is a decompression bomb. */
const MAX_INPUT_PIXELS = 100_000_000;
const THUMBNAIL_PX = 320;

export async function sanitizeUpload(bytes: Buffer, detected: AttachmentMimeType): Promise<SanitizedUpload> {
  if (detected === "application/pdf") return { bytes, mimeType: detected, thumbnail: null, metadata: "kept_pdf" };
  if (detected === "image/heic" || detected === "image/heif") return sanitizeHeif(bytes, detected);
  const clean = await reencode(bytes, detected).catch(() => {
    throw new AppError("VALIDATION_FAILED", "This picture is damaged or incomplete, so we could not open it. Take the photo again and upload the new one.", {
      fieldErrors: { file: ["The picture could not be opened"] },
    });
  });
  return { bytes: clean, mimeType: detected, thumbnail: await thumbnailOf(clean), metadata: "reencoded" };
}

async function reencode(bytes: Buffer, mime: "image/jpeg" | "image/png" | "image/webp"): Promise<Buffer> {
  const img = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
  if (mime === "image/png") return img.png().toBuffer();
  if (mime === "image/webp") return img.webp({ quality: 85 }).toBuffer();
  return img.jpeg({ quality: 85 }).toBuffer();
}

async function sanitizeHeif(bytes: Buffer, detected: "image/heic" | "image/heif"): Promise<SanitizedUpload> {
  const decoded = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
    .rotate()
    .jpeg({ quality: 85 })
    .toBuffer()
    .catch(() => null);
  if (decoded) return { bytes: decoded, mimeType: "image/jpeg", thumbnail: await thumbnailOf(decoded), metadata: "reencoded" };
  try {
    const stripped = Buffer.from(stripHeifMetadata(bytes).bytes);
    // Belt and braces: no XMP packet may survive anywhere in the file.
    if (stripped.includes("<x:xmpmeta", 0, "latin1")) throw new HeifParseError("XMP packet outside a metadata item");
    return { bytes: stripped, mimeType: detected, thumbnail: null, metadata: "heif_items_blanked" };
  } catch (e) {
    if (!(e instanceof HeifParseError)) throw e;
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "We could not remove the hidden location details from this HEIC photo, so we did not keep it. Take a screenshot of the photo and upload that, or set your camera to 'Most Compatible' (JPEG).",
      { reason: "heif_metadata_not_removable" },
    );
  }
}

function thumbnailOf(clean: Buffer): Promise<Buffer> {
  return sharp(clean).resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: "inside", withoutEnlargement: true }).webp({ quality: 70 }).toBuffer();
}
