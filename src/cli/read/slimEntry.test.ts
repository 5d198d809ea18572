import { makeFinding } from "../../core/findings/makeFinding";
import { defaultRules } from "../../core/rules";
import { validateBatch, type BatchEntry } from "../../core/validation";
import { checkWorkbook } from "../../workbook/checkWorkbook";
import { slimEntry } from "./slimEntry";
import { unitBytes } from "./testing/unitFiles";

let full: BatchEntry;
let wrongPeriod: BatchEntry;

beforeAll(async () => {
  full = checkWorkbook(await unitBytes(2), "CD002.xlsx", defaultRules);
  wrongPeriod = checkWorkbook(await unitBytes(3), "CD003.xlsx", defaultRules);
});

const unitOf = (entry: BatchEntry) => ("unit" in entry.result ? entry.result.unit : null);

describe("slimEntry", () => {
  it.each<[string, BatchEntry]>([
    [
      "an unreadable file",
      {
        file: "x.xlsx",
        result: { findings: [makeFinding("file.csv", { file: "x.xlsx" })] },
      },
    ],
    ["a workbook without a unit", { file: "y.xlsx", result: { unit: null, findings: [] } }],
  ])("leaves %s as it is", (_name, entry) => {
    expect(slimEntry(entry)).toBe(entry);
  });

  it("drops the tables' cells and the header fields' contents, keeping the fields' positions", () => {
    const slim = unitOf(slimEntry(full))!;
    const report = unitOf(full)!.report;
    expect(report.indicators?.rows.length).toBeGreaterThan(0);
    expect(slim.report).toMatchObject({ indicators: null, criteria: null, proposals: null });
    expect(slim.report.sheets).toEqual(report.sheets);
    expect(Object.keys(slim.report.fields).sort()).toEqual(Object.keys(report.fields).sort());
    expect(slim.report.fields.period).toEqual({
      label: { ...report.fields.period!.label, cell: undefined },
      value: { ...report.fields.period!.value!, cell: undefined },
    });
  });

  it("keeps the unit's values and the findings", () => {
    const slim = slimEntry(full);
    const { report: _slimReport, ...slimValues } = unitOf(slim)!;
    const { report: _report, ...values } = unitOf(full)!;
    expect(slimValues).toEqual(values);
    expect(slim.result.findings).toBe(full.result.findings);
  });

  it("gives the batch checks the same results, cells included", () => {
    const entries = [full, wrongPeriod];
    const options = { period: "Năm 2023", deadline: "01/12/2024" };
    const before = validateBatch(entries, defaultRules, options);
    const after = validateBatch(entries.map(slimEntry), defaultRules, options);
    expect(after).toEqual(before);
    expect(after.files[0]!.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual(
      expect.arrayContaining([
        ["period.mismatch", "BaoCao", expect.stringMatching(/^[A-Z]+\d+$/)],
        ["report.late", "BaoCao", expect.stringMatching(/^[A-Z]+\d+$/)],
      ]),
    );
  });
});
