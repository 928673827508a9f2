import { describe, expect, it } from "vitest";
import { OutboxCursor } from "./outbox-cursor";

describe("OutboxCursor", () => {
  it("advances over contiguous ids", () => {
    const c = new OutboxCursor(0n);
    c.mark([1n, 2n, 3n], 0);
    expect(c.position).toBe(3n);
    expect(c.has(2n)).toBe(true);
    expect(c.has(4n)).toBe(false);
  });

  it("waits at a gap (a transaction not yet committed) and delivers late ids once", () => {
    const c = new OutboxCursor(0n);
    c.mark([1n, 3n], 0);
    expect(c.position).toBe(1n);
    expect(c.has(3n)).toBe(true);
    expect(c.has(2n)).toBe(false);
    c.mark([2n], 500);
    expect(c.position).toBe(3n);
  });

  it("skips a gap that stays open past the timeout (rolled back)", () => {
    const c = new OutboxCursor(10n, 1000);
    c.mark([12n], 0);
    expect(c.position).toBe(10n);
    c.mark([], 999);
    expect(c.position).toBe(10n);
    c.mark([], 1000);
    expect(c.position).toBe(12n);
  });
});
