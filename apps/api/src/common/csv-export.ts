import ExcelJS from 'exceljs';
import { addSheet, type SheetColumn } from './workbook.js';
import type { ExcelFile } from './xlsx-export.js';

/** What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must read it: one that would start a formula gets a leading `'`,
 * so Excel shows `=HYPERLINK(…)` typed into a name as text instead of running it. Numbers (a score
 * of -3) are our own figures, not someone's text, and stay numbers.
 */
export function spreadsheetSafe(value: unknown): unknown {
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * A table as a CSV download: UTF-8 with a byte-order mark so Excel reads the Chinese headers, every
 * text cell made safe to open. Every CSV export goes through here; XLSX cells are typed (a string
 * stays a string), so workbooks need no such care.
 */
export async function csvFile(fileName: string, columns: SheetColumn[], rows: Record<string, unknown>[]): Promise<ExcelFile> {
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, 'export', columns, rows);
  const csv = Buffer.from(await workbook.csv.writeBuffer({ map: spreadsheetSafe }));
  return { fileName, content: Buffer.concat([Buffer.from('\ufeff', 'utf8'), csv]), contentType: 'text/csv; charset=utf-8' };
}
