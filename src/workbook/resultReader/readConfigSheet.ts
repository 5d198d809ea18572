import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import type { SheetGrid } from "../../core/grid/cell";
import type { Lang } from "../../core/messages/format";
import { cellText } from "../../core/report";
import { parsePeriod, type Period } from "../../core/period";
import { parseRulesText, type Rules } from "../../core/rules";
import { CONFIG_LAYOUT, RESULT_MARKER } from "../result/configSheet";
import { resultCell, textIn } from "./resultCells";

/**
 * Whether a Cấu hình sheet carries the mark of a result workbook of this tool (configSheet.ts:
 * RESULT_MARKER in A3).
 *
 * @example
 * hasResultMarker({ name: "Cấu hình", rows: [[], [], [{ t: "s", v: "CDVC-TH 1" }]] }) // true
 */
export function hasResultMarker(sheet: SheetGrid): boolean {
  return textIn(resultCell(sheet, CONFIG_LAYOUT.markerRow, 1).cell) === RESULT_MARKER;
}

/**
 * Reads sheet Cấu hình of a result workbook back: its mark, the period written beside it, and
 * the rules the consolidation used (the JSON in column A from row 4, parsed and checked as a
 * rules file is). Findings, and no values, when the mark is missing (`consolidated.not-ours`),
 * the period cannot be read, or the rules do not parse.
 *
 * @example
 * const read = readConfigSheet(sheet, "TongHop-2023.xlsx");
 * if (read.ok) read.period // { kind: "year", year: 2023 }
 */
export function readConfigSheet(
  sheet: SheetGrid,
  file: string,
  lang: Lang = "vi",
): { ok: true; period: Period; rules: Rules } | { ok: false; findings: Finding[] } {
  const where = { file, sheet: sheet.name };
  if (!hasResultMarker(sheet)) {
    return {
      ok: false,
      findings: [makeFinding("consolidated.not-ours", where, { marker: RESULT_MARKER }, lang)],
    };
  }
  const findings: Finding[] = [];
  const { cell, address } = resultCell(sheet, CONFIG_LAYOUT.markerRow, 2);
  const period = parsePeriod(textIn(cell) ?? "");
  if (period === null) {
    findings.push(
      makeFinding(
        "consolidated.period-unreadable",
        { ...where, cell: address },
        { text: cellText(cell) },
        lang,
      ),
    );
  }
  const lines: string[] = [];
  for (let row = CONFIG_LAYOUT.firstJsonRow - 1; row < sheet.rows.length; row++) {
    lines.push(cellText(sheet.rows[row]?.[0]));
  }
  const parsed = parseRulesText(lines.join("\n"), file, lang);
  if (!parsed.rules) {
    findings.push(
      makeFinding(
        "consolidated.rules-unreadable",
        where,
        { detail: parsed.findings[0]?.message ?? "" },
        lang,
      ),
    );
  }
  if (period === null || !parsed.rules) return { ok: false, findings };
  return { ok: true, period, rules: parsed.rules };
}
