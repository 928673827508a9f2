/**
 * Rule-set version stored with every decision: the engine's semantic version plus a digest of
 * the bundled data, so any data edit changes the version even if nobody bumps ENGINE_VERSION.
 */
import ddi from "./data/ddi-high-priority.json";
import names from "./data/drug-names.json";
import allergy from "./data/allergy-cross-reactivity.json";
import doses from "./data/dose-limits.json";
import therapeutic from "./data/therapeutic-classes.json";

/** Bump on any change to engine logic that can change a result. */
export const ENGINE_VERSION = "1.0.0";

/** 32-bit FNV-1a, hex: a stable fingerprint, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** e.g. "medication-safety/1.0.0+data.3f2a9c1b". */
export const RULE_SET_VERSION = `medication-safety/${ENGINE_VERSION}+data.${fnv1a(JSON.stringify([ddi, names, allergy, doses, therapeutic]))}`;
