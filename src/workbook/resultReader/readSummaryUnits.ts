import type { IndicatorValue } from "../../core/consolidation";
import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Cell, SheetGrid } from "../../core/grid/cell";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { cellText } from "../../core/report";
import type { Rules } from "../../core/rules";
import { SUMMARY_LAYOUT, summaryColumns } from "../result/summarySheet";
import { resultCell, textIn } from "./resultCells";

/**
 * One unit's row of sheet Tổng hợp read back.
 *
 * @example
 * const row: SummaryUnit = { code: "CD01", name: "CĐCS Sở Y tế", cluster: "Cụm 1", indicators: {} };
 */
export interface SummaryUnit {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly indicators: Readonly<Record<string, IndicatorValue>>;
}

// A yes/no answer is the word the writer put, in either language of the workbook.
const YES = new Set([text("result.yes", "vi"), text("result.yes", "en")]);
const NO = new Set([text("result.no", "vi"), text("result.no", "en")]);

/**
 * Reads the unit rows of sheet Tổng hợp of a result workbook back (SUMMARY_LAYOUT, the
 * indicator columns of the workbook's own rules: summaryColumns): one per included unit, from
 * row 5 down to the first row without a unit code (the province's total row). The indicator
 * headers are checked against the rules first (a column moved by hand would read one
 * indicator's figures as another's); a figure that is neither a number nor empty, or a yes/no
 * answer that is neither Có nor Không, is a finding at its cell.
 *
 * @example
 * const { units, findings } = readSummaryUnits(sheet, rules, "TongHop-2023.xlsx");
 * units[0]?.indicators.XD01 // { target: 2, actual: 3 }
 */
export function readSummaryUnits(
  sheet: SheetGrid,
  rules: Pick<Rules, "indicators">,
  file: string,
  lang: Lang = "vi",
): { units: SummaryUnit[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const where = (address: string) => ({ file, sheet: sheet.name, cell: address });
  const columns = summaryColumns(rules);
  for (const { indicator, target, actual } of columns) {
    const { cell, address } = resultCell(sheet, SUMMARY_LAYOUT.headerRows.first, target ?? actual);
    const header = textIn(cell) ?? "";
    if (!header.startsWith(`${indicator.code} `)) {
      findings.push(
        makeFinding(
          "consolidated.layout",
          where(address),
          { code: indicator.code, text: header },
          lang,
        ),
      );
    }
  }
  if (findings.length > 0) return { units: [], findings };

  const units: SummaryUnit[] = [];
  const { columns: fixed } = SUMMARY_LAYOUT;
  for (let row = SUMMARY_LAYOUT.firstDataRow; ; row++) {
    const code = textIn(resultCell(sheet, row, fixed.code).cell);
    if (code === null) break;
    const figure = (column: number): number | null => {
      const { cell, address } = resultCell(sheet, row, column);
      const value = numberIn(cell);
      if (value === undefined) {
        findings.push(
          makeFinding("consolidated.bad-value", where(address), { text: cellText(cell) }, lang),
        );
        return null;
      }
      return value;
    };
    const indicators: Record<string, IndicatorValue> = {};
    for (const { indicator, target, actual } of columns) {
      if (indicator.kind === "yesno") {
        const { cell, address } = resultCell(sheet, row, actual);
        const answer = textIn(cell);
        const value =
          answer === null ? null : YES.has(answer) ? true : NO.has(answer) ? false : undefined;
        if (value === undefined) {
          findings.push(
            makeFinding("consolidated.bad-value", where(address), { text: cellText(cell) }, lang),
          );
        }
        indicators[indicator.code] = { target: null, actual: value ?? null };
        continue;
      }
      indicators[indicator.code] = {
        target: target === null ? null : figure(target),
        actual: figure(actual),
      };
    }
    units.push({
      code,
      name: textIn(resultCell(sheet, row, fixed.name).cell) ?? "",
      cluster: textIn(resultCell(sheet, row, fixed.cluster).cell),
      indicators,
    });
  }
  return { units, findings };
}

/** A number, `null` for an empty cell, `undefined` for anything else. */
function numberIn(cell: Cell | undefined): number | null | undefined {
  if (cell === undefined) return null;
  if (cell.t === "n") return cell.v;
  if (cell.t === "s" && cell.v.trim() === "") return null;
  return undefined;
}
