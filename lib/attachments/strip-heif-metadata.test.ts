import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { HeifParseError, stripHeifMetadata } from "./strip-heif-metadata";
import { avifWithGps, hasGpsTag, undecodableHeicWithGps } from "@/server/test/test-images";

describe("stripHeifMetadata", () => {
  it("blanks the Exif (GPS) and XMP items and leaves the picture byte-for-byte intact", async () => {
    const original = await avifWithGps();
    const before = await sharp(original).metadata();
    expect(hasGpsTag(before.exif)).toBe(true);
    expect(before.xmp?.toString()).toContain("GPSLatitude");

    const { bytes, removedItems } = stripHeifMetadata(original);
    expect(removedItems).toBe(2);
    expect(bytes.length).toBe(original.length);
    const after = await sharp(Buffer.from(bytes)).metadata();
    expect(hasGpsTag(after.exif)).toBe(false);
    expect(after.xmp?.toString() ?? "").not.toContain("GPS");
    expect(Buffer.from(bytes).includes("TestCam")).toBe(false);
    // Same pixels: only metadata items were touched.
    const px = (b: Buffer) => sharp(b).raw().toBuffer();
    expect((await px(Buffer.from(bytes))).equals(await px(original))).toBe(true);
  });

  it("does not modify the caller's buffer", async () => {
    const original = await avifWithGps();
    const copy = Buffer.from(original);
    stripHeifMetadata(original);
    expect(original.equals(copy)).toBe(true);
  });

  it("works on HEIC the decoder cannot read (the case it exists for)", async () => {
    const heic = await undecodableHeicWithGps();
    await expect(sharp(heic).toBuffer()).rejects.toThrow();
    const { bytes, removedItems } = stripHeifMetadata(heic);
    expect(removedItems).toBe(2);
    expect(Buffer.from(bytes).includes("TestCam")).toBe(false);
    expect(Buffer.from(bytes).includes("GPSLatitude")).toBe(false);
  });

  it("refuses what it cannot parse instead of guessing", async () => {
    expect(() => stripHeifMetadata(new Uint8Array(Buffer.from("not a heif file at all")))).toThrow(HeifParseError);
    const truncated = (await avifWithGps()).subarray(0, 200);
    expect(() => stripHeifMetadata(truncated)).toThrow(HeifParseError);
  });
});
