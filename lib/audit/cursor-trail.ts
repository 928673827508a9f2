/**
 * Previous/Next for keyset-paginated pages, kept in the URL. A keyset cursor
 * only goes forward, so the page carries the trail of cursors that led to it
 * (`trail`, comma-separated; "-" stands for the first page). Going back pops
 * the trail. Cursors are base64url, which never contains a comma. Pure.
 */
export interface PagePosition {
  cursor?: string;
  trail?: string;
}

const FIRST = "-";
const MAX_TRAIL = 200;

function split(trail?: string): string[] {
  return trail ? trail.split(",").filter(Boolean).slice(-MAX_TRAIL) : [];
}

/** Position of the next page, given the current one and the answer's nextCursor. */
export function nextPosition(current: PagePosition, nextCursor: string): PagePosition {
  return { cursor: nextCursor, trail: [...split(current.trail), current.cursor ?? FIRST].join(",") };
}

/** Position of the previous page, or null on the first page. */
export function previousPosition(current: PagePosition): PagePosition | null {
  if (!current.cursor) return null;
  const trail = split(current.trail);
  const back = trail.pop();
  const cursor = back && back !== FIRST ? back : undefined;
  return { ...(cursor && { cursor }), ...(trail.length && cursor && { trail: trail.join(",") }) };
}

/** 1-based page number of a position; null when a hand-made URL has a cursor but no trail. */
export function pageNumber(current: PagePosition): number | null {
  if (!current.cursor) return 1;
  const n = split(current.trail).length;
  return n ? n + 1 : null;
}

/** A query string from `params` plus a position (empty values dropped). */
export function withPosition(params: Record<string, string | undefined>, position: PagePosition): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, cursor: position.cursor, trail: position.trail })) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
