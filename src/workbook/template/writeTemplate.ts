import type { Rules } from "../../core/rules";
import { loadExcelJS } from "../excel/loadExcelJS";
import { setA4Print } from "../excel/pageSetup";
import { protectSheet } from "./cellStyles";
import { GUIDE_SHEET, PROPOSALS_SHEET, REPORT_SHEET, SCORE_SHEET } from "./formSheets";
import { writeGuideSheet } from "./guideSheet";
import { PROPOSAL_LAYOUT, writeProposalSheet } from "./proposalSheet";
import { REPORT_LAYOUT, writeReportSheet } from "./reportSheet";
import { SCORE_LAYOUT, writeScoreSheet } from "./scoreSheet";
import type { TemplateOptions } from "./templateOptions";

/**
 * Writes the report form, version 1 (DOMAIN.md) for the given rules: sheet BaoCao (header
 * fields and the indicator table), ChamDiem (the scoresheet with a live total row), the
 * optional DeNghiKhenThuong (award proposals, with drop-down lists of the rules' awards) and
 * HuongDan (instructions). Input cells are yellow, unlocked and validated; the sheets are
 * protected without a password. Values given in `options` are written as text (dates as
 * dates), never as formulas.
 *
 * @example
 * const bytes = await writeTemplate(defaultRules, { unitCode: "CD001", period: "Năm 2024" });
 * await writeFile("mau-bao-cao.xlsx", bytes);
 */
export async function writeTemplate(
  rules: Rules,
  options: TemplateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "vi";
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CĐVC Thi đua";
  // The total row's formulas are written without values: Excel computes them on opening.
  workbook.calcProperties = { fullCalcOnLoad: true };

  const report = workbook.addWorksheet(REPORT_SHEET, {
    pageSetup: { paperSize: 9, orientation: "portrait" },
  });
  writeReportSheet(report, rules, options, lang);
  setA4Print(report, {
    titleRows: { first: REPORT_LAYOUT.headerRow, last: REPORT_LAYOUT.headerRow },
  });

  const scores = workbook.addWorksheet(SCORE_SHEET);
  writeScoreSheet(scores, rules, lang);
  setA4Print(scores, {
    titleRows: { first: SCORE_LAYOUT.headerRow, last: SCORE_LAYOUT.headerRow },
  });

  const proposals = workbook.addWorksheet(PROPOSALS_SHEET);
  writeProposalSheet(proposals, rules, lang);
  setA4Print(proposals, {
    orientation: "landscape",
    titleRows: { first: PROPOSAL_LAYOUT.headerRow, last: PROPOSAL_LAYOUT.headerRow },
  });

  const guide = workbook.addWorksheet(GUIDE_SHEET);
  writeGuideSheet(guide, rules.formVersion, lang);

  for (const sheet of [report, scores, proposals, guide]) await protectSheet(sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
