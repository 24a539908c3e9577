/*
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break (quotes doubled inside).
 *
 * A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage
 * return) as a formula, so a patient's note such as "=HYPERLINK(...)" would
 * become a live link when the file is opened (OWASP "CSV injection"). Such a
 * text cell (and one starting with an apostrophe) gets a leading apostrophe,
 * which spreadsheets read as "this is text";
 * `readCsvText` takes it off again. Numbers are written as numbers and never
 * need it.
 */

export type TCsvValue = string | number | boolean | null;

export interface TCsvColumn<TRow> {
  /** The header, in snake_case. */
  name: string;
  /** What the column holds, for the data dictionary shipped beside the file. */
  description: string;
  value: (row: TRow) => TCsvValue;
}

// An apostrophe is guarded too, so a note that really starts with one reads back unchanged.
const NEEDS_GUARD = /^[=+\-@\t\r']/;

function textCell(text: string): string {
  const safe = NEEDS_GUARD.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(value: TCsvValue): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return textCell(value);
}

/** The rows as CSV with a header line, every line ending in CRLF. */
export function toCsv<TRow>(columns: readonly TCsvColumn<TRow>[], rows: readonly TRow[]): string {
  const lines = [columns.map((column) => column.name).join(","), ...rows.map((row) => columns.map((column) => cell(column.value(row))).join(","))];
  return lines.map((line) => `${line}\r\n`).join("");
}

/** A text cell as it was before toCsv guarded it against formulas. */
export function readCsvText(cellText: string): string {
  return cellText.startsWith("'") && NEEDS_GUARD.test(cellText.slice(1)) ? cellText.slice(1) : cellText;
}

/** The columns as a Markdown list, for the README in the download. */
export function describeColumns<TRow>(columns: readonly TCsvColumn<TRow>[]): string {
  return columns.map((column) => `- \`${column.name}\`: ${column.description}`).join("\n");
}
