/**
 * Removes Exif (camera, GPS location, time) and XMP metadata from a HEIF/HEIC
 * file without decoding the picture. Used when the image decoder cannot read
 * HEVC-coded HEIC (sharp's prebuilt libheif ships without an HEVC decoder), so
 * re-encoding is impossible.
 *
 * How: a HEIF file (ISO/IEC 23008-12 on ISO-BMFF, ISO/IEC 14496-12) lists its
 * items in `meta/iinf` and where their bytes live in `meta/iloc`. Metadata
 * items are `Exif` items and `mime` items (XMP). We overwrite each such item's
 * bytes in place: Exif with an empty but valid TIFF structure, the rest with
 * zeros. Nothing moves, so every offset in the file stays right and the
 * picture is untouched. Anything we do not fully understand (unknown iloc
 * version, construction method 2, an extent running to end-of-file, bytes
 * outside the file) throws, so the caller refuses the upload rather than
 * storing metadata it could not remove. Pure: no I/O.
 */
export class HeifParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HeifParseError";
  }
}

interface Box {
  type: string;
  start: number; // first byte of the header
  body: number; // first byte after the header
  end: number; // one past the last byte
}

interface Extent {
  offset: number;
  length: number;
}

export interface HeifStripResult {
  bytes: Uint8Array;
  /** How many metadata items were blanked. */
  removedItems: number;
}

export function stripHeifMetadata(input: Uint8Array): HeifStripResult {
  const bytes = new Uint8Array(input); // never mutate the caller's buffer
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = readBoxes(view, 0, bytes.length);
  const metas = top.filter((b) => b.type === "meta");
  if (metas.length !== 1) throw new HeifParseError(`expected one meta box, found ${metas.length}`);
  const meta = metas[0]!;
  const children = readBoxes(view, meta.body + 4, meta.end); // meta is a FullBox
  const iinf = children.find((b) => b.type === "iinf");
  const iloc = children.find((b) => b.type === "iloc");
  const idat = children.find((b) => b.type === "idat");
  if (!iinf || !iloc) throw new HeifParseError("meta box without iinf or iloc");

  const metadataItems = readMetadataItems(view, iinf);
  const locations = readItemLocations(view, iloc, idat);
  for (const item of metadataItems) {
    const extents = locations.get(item.id);
    if (!extents) throw new HeifParseError(`no location for metadata item ${item.id}`);
    for (const e of extents) {
      if (e.offset < 0 || e.length <= 0 || e.offset + e.length > bytes.length) throw new HeifParseError("metadata extent outside the file");
    }
    blank(bytes, extents, item.type === "Exif");
  }
  return { bytes, removedItems: metadataItems.length };
}

function readBoxes(view: DataView, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = view.getUint32(at);
    const type = fourCC(view, at + 4);
    let body = at + 8;
    if (size === 1) {
      if (at + 16 > to) throw new HeifParseError("truncated large box");
      size = Number(view.getBigUint64(at + 8));
      body = at + 16;
    } else if (size === 0) {
      size = to - at; // runs to the end of its parent
    }
    if (size < body - at || at + size > to) throw new HeifParseError(`box ${type} overruns its parent`);
    boxes.push({ type, start: at, body, end: at + size });
    at += size;
  }
  return boxes;
}

function readMetadataItems(view: DataView, iinf: Box): { id: number; type: string }[] {
  const version = view.getUint8(iinf.body);
  const entriesAt = iinf.body + 4 + (version === 0 ? 2 : 4);
  const out: { id: number; type: string }[] = [];
  for (const infe of readBoxes(view, entriesAt, iinf.end)) {
    if (infe.type !== "infe") continue;
    const v = view.getUint8(infe.body);
    // Versions 0 and 1 predate item types; HEIF requires version 2 or 3.
    if (v < 2) throw new HeifParseError("infe version < 2");
    let at = infe.body + 4;
    const id = v === 2 ? view.getUint16(at) : view.getUint32(at);
    at += (v === 2 ? 2 : 4) + 2; // item_ID, item_protection_index
    const type = fourCC(view, at);
    if (type === "Exif" || type === "mime") out.push({ id, type });
  }
  return out;
}

function readItemLocations(view: DataView, iloc: Box, idat: Box | undefined): Map<number, Extent[]> {
  let at = iloc.body;
  const version = view.getUint8(at);
  if (version > 2) throw new HeifParseError(`iloc version ${version}`);
  at += 4;
  const sizes1 = view.getUint8(at++);
  const sizes2 = view.getUint8(at++);
  const offsetSize = sizes1 >> 4;
  const lengthSize = sizes1 & 0xf;
  const baseOffsetSize = sizes2 >> 4;
  const indexSize = version === 0 ? 0 : sizes2 & 0xf;
  const count = version < 2 ? view.getUint16(at) : view.getUint32(at);
  at += version < 2 ? 2 : 4;
  const read = (n: number) => {
    const value = readUint(view, at, n);
    at += n;
    return value;
  };
  const map = new Map<number, Extent[]>();
  for (let i = 0; i < count; i++) {
    const id = read(version < 2 ? 2 : 4);
    const method = version === 0 ? 0 : read(2) & 0xf;
    read(2); // data_reference_index: 0 means "this file"
    const base = read(baseOffsetSize);
    const extentCount = read(2);
    const extents: Extent[] = [];
    for (let e = 0; e < extentCount; e++) {
      if (indexSize > 0) read(indexSize);
      const offset = read(offsetSize);
      const length = read(lengthSize);
      extents.push({ offset: base + offset, length });
    }
    if (method === 1) {
      if (!idat) throw new HeifParseError("item stored in idat but no idat box");
      for (const e of extents) e.offset += idat.body;
    } else if (method !== 0) {
      // Method 2 (bytes taken from another item): not supported; refused below if it holds metadata.
      extents.length = 0;
      extents.push({ offset: -1, length: 0 });
    }
    map.set(id, extents);
  }
  if (at > iloc.end) throw new HeifParseError("iloc overruns its box");
  return map;
}

function readUint(view: DataView, at: number, size: number): number {
  switch (size) {
    case 0: return 0;
    case 2: return view.getUint16(at);
    case 4: return view.getUint32(at);
    case 8: {
      const v = view.getBigUint64(at);
      if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new HeifParseError("offset too large");
      return Number(v);
    }
    default: throw new HeifParseError(`field size ${size}`);
  }
}

/** An Exif item payload: 4-byte offset to the TIFF header, then a big-endian TIFF header with no entries. */
const EMPTY_EXIF = [0, 0, 0, 0, 0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];

function blank(bytes: Uint8Array, extents: Extent[], exif: boolean) {
  for (const e of extents) bytes.fill(0, e.offset, e.offset + e.length);
  const first = extents[0];
  if (exif && first && first.length >= EMPTY_EXIF.length) bytes.set(EMPTY_EXIF, first.offset);
}

function fourCC(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}
