import { day, reportWorkbook, withCells } from "../../../test/support/grid";
import { makeFinding } from "../findings/makeFinding";
import { defaultRules, type Rules } from "../rules";
import type { ExpectedUnit } from "../units/expectedUnit";
import { validateBatch, type BatchEntry } from "../validation/batch";
import { validateWorkbook } from "../validation/validateWorkbook";
import { submittedFilesFromBatch } from "./submittedFilesFromBatch";
import { trackSubmissions } from "./trackSubmissions";

const list: ExpectedUnit[] = ["CD01", "CD02", "CD03", "CD04", "CD05", "CD06"].map((code) => ({
  code,
  name: `Công đoàn ${code}`,
  cluster: code <= "CD03" ? "Cụm 1" : "Cụm 2",
  membership: "direct",
}));
const rules: Rules = { ...defaultRules, units: list };

type Unit = Parameters<typeof reportWorkbook>[0];
const entry = (file: string, unit: Unit, grid = reportWorkbook(unit)): BatchEntry => ({
  file,
  result: validateWorkbook(grid, file, rules),
});

// One file per tracker state, read and checked as the CLI does, deadline 15/01/2025.
const entries: BatchEntry[] = [
  entry("01.xlsx", { code: "CD01", name: "Công đoàn CD01", reportDate: day(2025, 1, 10) }),
  entry("02.xlsx", { code: "CD02", name: "Công đoàn CD02", reportDate: day(2025, 1, 20) }),
  // A text where a number belongs (F12, DV01's Thực hiện) keeps CD03 out.
  entry(
    "03.xlsx",
    {},
    withCells(reportWorkbook({ code: "CD03", name: "Công đoàn CD03" }), "BaoCao", {
      F12: "khoảng 20",
    }),
  ),
  entry("04-cu.xlsx", { code: "CD04", name: "Công đoàn CD04", reportDate: day(2025, 1, 2) }),
  entry("04-moi.xlsx", { code: "CD04", name: "CĐCS CD04", reportDate: day(2025, 1, 12) }),
  entry("05-2023.xlsx", { code: "CD05", name: "Công đoàn CD05", period: "Năm 2023" }),
  entry("99.xlsx", { code: "CD99", name: "Công đoàn lạ", reportDate: day(2025, 1, 5) }),
  {
    file: "hong.xlsx",
    result: {
      findings: [makeFinding("file.unreadable", { file: "hong.xlsx" }, { reason: "zip" })],
    },
  },
];
const batch = validateBatch(entries, rules, { period: "Năm 2024", deadline: "15/01/2025" });
const files = submittedFilesFromBatch(entries, batch);

describe("submittedFilesFromBatch", () => {
  it("gives each file its unit, status and the batch's findings, in input order", () => {
    expect(files.map((f) => [f.file, f.code, f.status, f.replacedBy])).toEqual([
      ["01.xlsx", "CD01", "included", null],
      ["02.xlsx", "CD02", "included", null],
      ["03.xlsx", "CD03", "rejected", null],
      ["04-cu.xlsx", "CD04", "replaced", "04-moi.xlsx"],
      ["04-moi.xlsx", "CD04", "included", null],
      ["05-2023.xlsx", "CD05", "rejected", null],
      ["99.xlsx", "CD99", "included", null],
      ["hong.xlsx", null, "rejected", null],
    ]);
    expect(files[1]!.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["report.late@C8"]);
    expect(files[0]!.cluster).toBe("Cụm 1");
  });

  it("lets the tracker give every expected unit its state from a real batch", () => {
    const tracking = trackSubmissions(files, rules.units);
    expect(
      tracking.units.map((u) => [u.code, u.state, u.file, u.replaced, u.submittedName]),
    ).toEqual([
      ["CD01", "on-time", "01.xlsx", [], null],
      ["CD02", "late", "02.xlsx", [], null],
      ["CD03", "errors", "03.xlsx", [], null],
      ["CD04", "on-time", "04-moi.xlsx", ["04-cu.xlsx"], "CĐCS CD04"],
      ["CD05", "errors", "05-2023.xlsx", [], null],
      ["CD06", "missing", null, [], null],
      ["CD99", "on-time", "99.xlsx", [], null],
    ]);
    expect(tracking.unidentified.map((f) => f.file)).toEqual(["hong.xlsx"]);
    expect(tracking.clusters.map((c) => [c.cluster, c.counts.received, c.counts.units])).toEqual([
      ["Cụm 1", 3, 3],
      ["Cụm 2", 2, 3],
    ]);
  });

  it("refuses entries that are not the batch's", () => {
    expect(() => submittedFilesFromBatch(entries.slice(1), batch)).toThrow(RangeError);
  });
});
