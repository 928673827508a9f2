/**
 * RFC 4180 CSV cells, safe to open in a spreadsheet. Every cell is quoted
 * (embedded quotes doubled), so commas, quotes and line breaks inside values
 * never shift columns. Cells that a spreadsheet would evaluate as a formula
 * (starting with = + - @, or a tab / carriage return that some apps strip
 * first) get a leading apostrophe: the OWASP "CSV injection" guard.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

/** One escaped cell. */
export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString();
  else text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A UTF-8 byte-order mark: lets Excel read accented names in a downloaded file correctly. */
export const CSV_BOM = "\uFEFF";
