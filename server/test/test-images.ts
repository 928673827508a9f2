/**
 * Test helpers (unit, integration and e2e): small images made with sharp,
 * carrying camera metadata with a GPS position, so tests can prove it is
 * removed. Not used by the app.
 */
import sharp from "sharp";

export const GPS_EXIF = {
  IFD0: { Make: "TestCam", Model: "Phone 1", Copyright: "Alice Morgan" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 42/1 4612/100", GPSLongitudeRef: "W", GPSLongitude: "74/1 0/1 2159/100" },
};

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="40,42.768N"/></rdf:RDF></x:xmpmeta>`;

function base(width = 640, height = 480) {
  return sharp({ create: { width, height, channels: 3, background: { r: 210, g: 120, b: 110 } } });
}

/** A JPEG with Exif (including GPS) and XMP. */
export function jpegWithGps(width = 640, height = 480): Promise<Buffer> {
  return base(width, height).jpeg({ quality: 80 }).withExif(GPS_EXIF).withXmp(XMP).toBuffer();
}

export function pngWithGps(): Promise<Buffer> {
  return base(200, 100).png().withExif(GPS_EXIF).toBuffer();
}

/** An AVIF (HEIF container, AV1 coded) with Exif and XMP items. */
export function avifWithGps(): Promise<Buffer> {
  return base(64, 48).avif({ quality: 50 }).withExif(GPS_EXIF).withXmp(XMP).toBuffer();
}

/**
 * A file that looks exactly like an iPhone HEIC to a type sniffer and to our
 * metadata stripper (ftyp brand `heic`, primary item type `hvc1`, Exif and XMP
 * items) but that no decoder here can read, like real HEVC-coded HEIC with
 * sharp's prebuilt libheif. Built by relabelling an AVIF.
 */
export async function undecodableHeicWithGps(): Promise<Buffer> {
  const bytes = Buffer.from(await avifWithGps());
  replaceAll(bytes, "avif", "heic");
  replaceAll(bytes, "av01", "hvc1");
  return bytes;
}

function replaceAll(bytes: Buffer, from: string, to: string) {
  let at = bytes.indexOf(from, 0, "latin1");
  while (at >= 0) {
    bytes.write(to, at, "latin1");
    at = bytes.indexOf(from, at + 4, "latin1");
  }
}

/** True when a TIFF/Exif block has a GPS IFD pointer (tag 0x8825) in either byte order. */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

/** A minimal valid PDF. */
export function tinyPdf(): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
}
