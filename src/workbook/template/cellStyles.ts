import type { Borders, Cell, DataValidation, Fill, Font, Worksheet } from "exceljs";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { setText } from "../excel/setText";

/** Number formats of the form: counts, money (in triệu đồng), other numbers, scores, dates. */
export const NUMBER_FORMATS = {
  count: "#,##0",
  money: "#,##0.0",
  number: "#,##0.00",
  score: "0.0#",
  date: "dd/mm/yyyy",
} as const;

const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Yellow: a cell the unit fills in. Grey: a cell that does not apply. */
export const FILLS = {
  input: solid("FFFFF2CC"),
  header: solid("FFDDEBF7"),
  section: solid("FFF2F2F2"),
  unused: solid("FFD9D9D9"),
  total: solid("FFE2EFDA"),
} as const;

const thin = { style: "thin" as const, color: { argb: "FF808080" } };
export const TABLE_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const FONT = { name: "Times New Roman", size: 12 } as const;
export const BOLD: Partial<Font> = { ...FONT, bold: true };
export const TITLE_FONT: Partial<Font> = { ...FONT, size: 14, bold: true };
export const NOTE_FONT: Partial<Font> = { ...FONT, size: 11, italic: true };

/** Makes a cell one the unit fills in: unlocked under sheet protection, and yellow. */
export function markInput(cell: Cell): void {
  cell.protection = { locked: false };
  cell.fill = FILLS.input;
}

/** A stop-style validation that explains, in the interface language, what the cell takes. */
export function validation(
  rule: Pick<DataValidation, "type" | "formulae" | "operator">,
  error: string,
  lang: Lang,
  prompt?: string,
): DataValidation {
  return {
    ...rule,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: text("template.validation.title", lang),
    error,
    ...(prompt === undefined ? {} : { showInputMessage: true, prompt }),
  };
}

/** The drop-down list of the two yes/no words the form uses. */
export function yesNoValidation(lang: Lang): DataValidation {
  const words = `"${text("template.yes", "vi")},${text("template.no", "vi")}"`;
  return validation(
    { type: "list", formulae: [words] },
    text("template.validation.yes-no", lang),
    lang,
  );
}

/** A day from 1900 to 2100, typed day first. */
export function dateValidation(lang: Lang): DataValidation {
  return validation(
    {
      type: "date",
      operator: "between",
      formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
    },
    text("template.validation.date", lang),
    lang,
  );
}

/** Free text of at most 255 characters (what Excel lets a validation check on length). */
export function shortTextValidation(lang: Lang, prompt?: string): DataValidation {
  return validation(
    { type: "textLength", operator: "lessThanOrEqual", formulae: [255] },
    text("template.validation.text", lang),
    lang,
    prompt,
  );
}

/**
 * Protects a sheet without a password: labels, codes and formulas are locked against slips,
 * while the unit can still format, insert rows and columns (DOMAIN.md: readers find data by
 * labels, not positions) and unprotect the sheet if it really must.
 */
export async function protectSheet(sheet: Worksheet): Promise<void> {
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    insertColumns: true,
    deleteRows: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });
}

/** A line of text across the first `lastColumn` columns (a title or a note above a table). */
export function writeBanner(
  sheet: Worksheet,
  row: number,
  lastColumn: number,
  value: string,
  font: Partial<Font>,
): void {
  sheet.mergeCells(row, 1, row, lastColumn);
  const cell = sheet.getCell(row, 1);
  setText(cell, value);
  cell.font = font;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** A table's header row: one label per column from column A, bold on blue, bordered. */
export function writeTableHeader(sheet: Worksheet, row: number, labels: readonly string[]): void {
  const r = sheet.getRow(row);
  labels.forEach((label, i) => {
    const cell = r.getCell(i + 1);
    setText(cell, label);
    cell.font = BOLD;
    cell.fill = FILLS.header;
    cell.border = TABLE_BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

/** Borders and font on a table row's first `lastColumn` cells; long texts wrap. */
export function styleTableRow(
  sheet: Worksheet,
  row: number,
  lastColumn: number,
  wrapColumns: readonly number[],
  font: Partial<Font> = FONT,
): void {
  const r = sheet.getRow(row);
  for (let c = 1; c <= lastColumn; c++) {
    const cell = r.getCell(c);
    cell.border = TABLE_BORDER;
    cell.font = font;
    cell.alignment = { vertical: "middle", wrapText: wrapColumns.includes(c) };
  }
}

/** Centres a cell's content, as codes, numbering and yes/no answers are. */
export function centre(cell: Cell): void {
  cell.alignment = { ...cell.alignment, horizontal: "center", vertical: "middle" };
}
