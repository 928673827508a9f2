/**
 * A random key for one intake draft, made in the browser. Uses
 * crypto.getRandomValues, which (unlike crypto.randomUUID) also exists on
 * plain-http origins such as a phone testing against a laptop's LAN address.
 */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `intake-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
