import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Cell, SheetGrid } from "../../core/grid/cell";
import type { Lang } from "../../core/messages/format";
import { cellText } from "../../core/report";
import { ClassCodeSchema, type ClassCode } from "../../core/rules";
import { CLASSIFICATION_LAYOUT } from "../result/classificationSheet";
import { resultCell, textIn } from "./resultCells";

/**
 * One unit's row of sheet Xếp loại read back.
 *
 * @example
 * const row: ClassifiedUnit = {
 *   code: "CD01", name: "CĐCS Sở Y tế", cluster: "Cụm 1", score: 92.5, rank: 1, clusterRank: 1,
 *   classification: "HTXS",
 * };
 */
export interface ClassifiedUnit {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly score: number | null;
  readonly rank: number | null;
  readonly clusterRank: number | null;
  readonly classification: ClassCode | null;
}

/**
 * Reads the ranked list of sheet Xếp loại of a result workbook back (CLASSIFICATION_LAYOUT):
 * one row per included unit from row 4 down to the first row without a unit code (the blank row
 * above the cluster × class table). A rank or score that is not a number, or a class code that
 * is not one of HTXS, HTT, HT, KHT, CXL, is a finding at its cell.
 *
 * @example
 * const { units } = readClassificationUnits(sheet, "TongHop-2023.xlsx");
 * units[0] // { code: "CD03", rank: 1, score: 96, classification: "HTXS", … }
 */
export function readClassificationUnits(
  sheet: SheetGrid,
  file: string,
  lang: Lang = "vi",
): { units: ClassifiedUnit[]; findings: Finding[] } {
  const { columns, firstDataRow } = CLASSIFICATION_LAYOUT;
  const findings: Finding[] = [];
  const units: ClassifiedUnit[] = [];
  const bad = (cell: Cell | undefined, address: string) =>
    findings.push(
      makeFinding(
        "consolidated.bad-value",
        { file, sheet: sheet.name, cell: address },
        { text: cellText(cell) },
        lang,
      ),
    );
  for (let row = firstDataRow; ; row++) {
    const code = textIn(resultCell(sheet, row, columns.code).cell);
    if (code === null) break;
    const number = (column: number): number | null => {
      const { cell, address } = resultCell(sheet, row, column);
      if (cell === undefined) return null;
      if (cell.t === "n") return cell.v;
      bad(cell, address);
      return null;
    };
    const classCell = resultCell(sheet, row, columns.classCode);
    const classText = textIn(classCell.cell);
    const parsed = ClassCodeSchema.safeParse(classText);
    if (classText !== null && !parsed.success) bad(classCell.cell, classCell.address);
    units.push({
      code,
      name: textIn(resultCell(sheet, row, columns.name).cell) ?? "",
      cluster: textIn(resultCell(sheet, row, columns.cluster).cell),
      score: number(columns.score),
      rank: number(columns.rank),
      clusterRank: number(columns.clusterRank),
      classification: parsed.success ? parsed.data : null,
    });
  }
  return { units, findings };
}
