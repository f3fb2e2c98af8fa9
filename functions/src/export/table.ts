/** A table for export: a header row and data rows of plain cells. */
export type Cell = string | number | boolean | null | undefined;
export interface Table {
  headers: string[];
  rows: Cell[][];
}

/**
 * A cell a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with
 * an apostrophe, so an applicant's answer can never run in an organiser's Excel (OWASP CSV
 * injection). Numbers stay numbers.
 */
export function safeText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel needs to show Cyrillic correctly,
 * and CRLF line ends.
 */
export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
