/**
 * Tracks which outbox ids a reader has delivered. Sequence ids are assigned at
 * insert but become visible at commit, so id 11 can appear before id 10. The
 * cursor therefore only advances over contiguous delivered ids; a gap is
 * skipped once it has stayed open longer than `gapTimeoutMs` (the id belonged
 * to a rolled-back transaction).
 */
export class OutboxCursor {
  private safe: bigint;
  private readonly seen = new Set<bigint>();
  private gapSince: number | null = null;

  constructor(start: bigint, private readonly gapTimeoutMs = 10_000) {
    this.safe = start;
  }

  /** Everything at or below this id has been delivered or given up on. */
  get position(): bigint {
    return this.safe;
  }

  has(id: bigint): boolean {
    return id <= this.safe || this.seen.has(id);
  }

  /** Records delivered ids, then advances over what is contiguous (or timed-out gaps). */
  mark(ids: bigint[], now = Date.now()): void {
    for (const id of ids) if (id > this.safe) this.seen.add(id);
    for (;;) {
      const next = this.safe + 1n;
      if (this.seen.has(next)) {
        this.seen.delete(next);
        this.safe = next;
        this.gapSince = null;
        continue;
      }
      if (this.seen.size === 0) {
        this.gapSince = null;
        return;
      }
      this.gapSince ??= now;
      if (now - this.gapSince < this.gapTimeoutMs) return;
      this.safe = next; // give up on an id that never committed
      this.gapSince = now;
    }
  }
}
