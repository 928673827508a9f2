import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it.each([
    ["plain", '"plain"'],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["", '""'],
  ])("quotes %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each(["=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("neutralises formula-like %j", (input) => {
    const cell = csvCell(input);
    expect(cell.startsWith(`"'`)).toBe(true);
  });

  it("writes nulls as empty cells and dates as ISO 8601", () => {
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(new Date("2026-12-04T10:00:00.000Z"))).toBe('"2026-12-04T10:00:00.000Z"');
    expect(csvCell(true)).toBe('"true"');
  });
});

describe("csvRow", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["a", 1, null])).toBe('"a","1",""\r\n');
  });
});
