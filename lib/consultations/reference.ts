/** Human-friendly references (AV-XXXXXX) from Crockford base32: no I, L, O or U to misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function makeReference(random: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 6; i++) out += ALPHABET[random[i]! % 32];
  return `AV-${out}`;
}
