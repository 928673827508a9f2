import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { detectFileType } from "./detect-file-type";
import { avifWithGps, jpegWithGps, tinyPdf, undecodableHeicWithGps } from "@/server/test/test-images";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));

/** An ISO-BMFF ftyp box with the given brands. */
function ftyp(major: string, ...compatible: string[]) {
  const size = 16 + compatible.length * 4;
  const head = Buffer.alloc(4);
  head.writeUInt32BE(size);
  return bytes([...head], "ftyp", major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], "mdat");
}

describe("detectFileType: by content, never by name", () => {
  it("recognises real JPEG, PNG and WebP files made by an encoder", async () => {
    const img = sharp({ create: { width: 8, height: 8, channels: 3, background: "#c33" } });
    expect(detectFileType(await jpegWithGps(16, 16))).toBe("image/jpeg");
    expect(detectFileType(await img.clone().png().toBuffer())).toBe("image/png");
    expect(detectFileType(await img.clone().webp().toBuffer())).toBe("image/webp");
  });

  it("recognises a PDF, also when a few junk bytes come first (as PDF readers allow)", () => {
    expect(detectFileType(tinyPdf())).toBe("application/pdf");
    expect(detectFileType(bytes("\n\r  ", [0xef, 0xbb, 0xbf], "%PDF-1.7\n"))).toBe("application/pdf");
  });

  it("does not look for %PDF beyond the first 1024 bytes", () => {
    expect(detectFileType(bytes("x".repeat(1100), "%PDF-1.7"))).toBeNull();
  });

  it("recognises HEIC by its ftyp brands", async () => {
    expect(detectFileType(ftyp("heic", "mif1", "heic"))).toBe("image/heic");
    expect(detectFileType(ftyp("heix", "mif1"))).toBe("image/heic");
    expect(detectFileType(ftyp("mif1", "heic"))).toBe("image/heic");
    expect(detectFileType(ftyp("mif1", "miaf"))).toBe("image/heif");
    expect(detectFileType(await undecodableHeicWithGps())).toBe("image/heic");
  });

  it("refuses AVIF and other ISO-BMFF files (video, audio) that share the container", async () => {
    expect(detectFileType(await avifWithGps())).toBeNull();
    expect(detectFileType(ftyp("mif1", "avif"))).toBeNull();
    expect(detectFileType(ftyp("isom", "mp41"))).toBeNull();
    expect(detectFileType(ftyp("M4A ", "isom"))).toBeNull();
  });

  it("refuses text, HTML, SVG, GIF, executables, empty and truncated files", () => {
    expect(detectFileType(bytes("Just some notes about my rash"))).toBeNull();
    expect(detectFileType(bytes("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(detectFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(detectFileType(bytes("GIF89a", [1, 0, 1, 0]))).toBeNull();
    expect(detectFileType(bytes("MZ", [0x90, 0]))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
    expect(detectFileType(bytes([0xff, 0xd8]))).toBeNull();
    expect(detectFileType(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBeNull();
  });

  it("ignores a misleading extension: PDF bytes are a PDF whatever the name says", () => {
    const file = new File([new Uint8Array(tinyPdf())], "photo.jpg", { type: "image/jpeg" });
    expect(file.name.endsWith(".jpg")).toBe(true);
    expect(detectFileType(tinyPdf())).toBe("application/pdf");
  });

  it("refuses an ftyp box whose declared size is impossible", () => {
    const b = ftyp("heic", "mif1");
    new DataView(b.buffer).setUint32(0, 9999);
    expect(detectFileType(b)).toBeNull();
  });
});
