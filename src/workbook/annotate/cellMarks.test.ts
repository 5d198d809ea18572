import type { Finding } from "../../core/findings/finding";
import { cellMarks } from "./cellMarks";

const SHEETS = ["BaoCao", "ChamDiem"];

function finding(
  severity: Finding["severity"],
  sheet: string | null,
  cell: string | null,
  message = "m",
): Finding {
  return { code: "x.y", severity, file: "a.xlsx", sheet, cell, message, hint: "h" };
}

describe("cellMarks", () => {
  it.each<[string, Finding[], Array<[string, string, string]>, number]>([
    [
      "marks a finding at its sheet and cell",
      [finding("error", "BaoCao", "F14")],
      [["BaoCao", "F14", "error"]],
      0,
    ],
    [
      "shares one mark between findings on one cell, an error outweighing a warning",
      [finding("warning", "BaoCao", "F14"), finding("error", "BaoCao", "$F$14")],
      [["BaoCao", "F14", "error"]],
      0,
    ],
    [
      "keeps the order in which the findings first name their cells",
      [
        finding("warning", "ChamDiem", "D5"),
        finding("error", "BaoCao", "F14"),
        finding("error", "ChamDiem", "D5"),
      ],
      [
        ["ChamDiem", "D5", "error"],
        ["BaoCao", "F14", "error"],
      ],
      0,
    ],
    [
      "matches the sheet ignoring case, with the workbook's spelling",
      [finding("warning", "baocao", "a1")],
      [["BaoCao", "A1", "warning"]],
      0,
    ],
    [
      "marks a range at its top-left cell",
      [finding("error", "BaoCao", "B5:G5")],
      [["BaoCao", "B5", "error"]],
      0,
    ],
    ["leaves a finding without a cell unplaced", [finding("error", "ChamDiem", null)], [], 1],
    ["leaves a finding without a sheet unplaced", [finding("error", null, null)], [], 1],
    [
      "leaves a finding on a sheet the workbook lacks unplaced",
      [finding("error", "DeNghiKhenThuong", "B5")],
      [],
      1,
    ],
    [
      "leaves an address that is not one unplaced",
      [finding("error", "BaoCao", "thresholds.HTXS")],
      [],
      1,
    ],
  ])("%s", (_, findings, expected, unplaced) => {
    const result = cellMarks(findings, SHEETS, "vi");
    expect(result.marks.map((m) => [m.sheet, m.cell, m.severity])).toEqual(expected);
    expect(result.unplaced).toHaveLength(unplaced);
  });

  it.each<["vi" | "en", string]>([
    ["vi", "CĐVC Thi đua – kết quả kiểm tra:\nCảnh báo: một h\nLỗi: hai h"],
    ["en", "CĐVC Thi đua – check results:\nWarning: một h\nError: hai h"],
  ])(
    "writes the note in %s: a title, then each finding's severity, message and hint",
    (lang, note) => {
      const { marks } = cellMarks(
        [finding("warning", "BaoCao", "F14", "một"), finding("error", "BaoCao", "F14", "hai")],
        SHEETS,
        lang,
      );
      expect(marks[0]!.note).toBe(note);
      expect(marks[0]!.findings.map((f) => f.message)).toEqual(["một", "hai"]);
    },
  );
});
