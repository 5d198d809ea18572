// What the page's download must hold, computed in Node by the same modules the CLI runs on the
// same files, and a reader for the download's Xếp loại sheet.
import { consolidate, fromBatch, type ConsolidationResult } from "../../src/core/consolidation";
import type { Cell, SheetGrid } from "../../src/core/grid/cell";
import { text } from "../../src/core/messages/text";
import { defaultRules } from "../../src/core/rules";
import { validateBatch } from "../../src/core/validation";
import { checkWorkbook } from "../../src/workbook/checkWorkbook";
import { readWorkbook } from "../../src/workbook/reader";

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The consolidation of `files` with the default rules, as `cdvc consolidate` computes it. */
export function consolidateInNode(files: readonly NamedBytes[]): ConsolidationResult {
  const entries = files.map((f) => checkWorkbook(f.bytes, f.name, defaultRules, "vi"));
  return consolidate(
    fromBatch(entries, validateBatch(entries, defaultRules, { lang: "vi" })),
    defaultRules,
    {
      lang: "vi",
    },
  );
}

/** Each included unit's class, by unit code. */
export function classesByCode(result: ConsolidationResult): Record<string, string> {
  const classes: Record<string, string> = {};
  for (const unit of result.units) {
    if (unit.status === "included" && unit.code !== null && unit.classification !== null) {
      classes[unit.code] = unit.classification;
    }
  }
  return classes;
}

export interface ClassificationRow {
  readonly code: string;
  readonly name: Cell | undefined;
  readonly classCode: string;
}

const cellText = (cell: Cell | undefined): string =>
  cell && "v" in cell ? (cell.v instanceof Date ? cell.v.toISOString() : String(cell.v)) : "";

/** The sheet names of a workbook and the ranked list of its Xếp loại sheet, found by its headers. */
export function readClassification(bytes: Uint8Array): {
  sheetNames: readonly string[];
  rows: ClassificationRow[];
} {
  const read = readWorkbook(bytes, "TongHop.xlsx");
  if (!read.ok) throw new Error(read.findings.map((f) => f.message).join("; "));
  const sheetName = text("result.sheet.classification", "vi");
  const sheet = read.workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName} in ${read.workbook.sheetNames.join(", ")}`);
  return { sheetNames: read.workbook.sheetNames, rows: rankedRows(sheet) };
}

function rankedRows(sheet: SheetGrid): ClassificationRow[] {
  const codeHeader = text("result.col.unit-code", "vi");
  const nameHeader = text("result.col.unit-name", "vi");
  const classHeader = text("result.col.class-code", "vi");
  const headerIndex = sheet.rows.findIndex((row) =>
    (row ?? []).some((c) => cellText(c) === classHeader),
  );
  const header = sheet.rows[headerIndex] ?? [];
  const column = (title: string) => header.findIndex((c) => cellText(c) === title);
  const [codeCol, nameCol, classCol] = [
    column(codeHeader),
    column(nameHeader),
    column(classHeader),
  ];
  if (headerIndex < 0 || codeCol < 0 || nameCol < 0 || classCol < 0) {
    throw new Error("the Xếp loại sheet has no header row with the unit code, name and class code");
  }
  const rows: ClassificationRow[] = [];
  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const code = cellText(row[codeCol]);
    if (code === "") break;
    rows.push({ code, name: row[nameCol], classCode: cellText(row[classCol]) });
  }
  return rows;
}
