import type { Finding } from "../../core/findings/finding";
import { defaultRules } from "../../core/rules";
import { validateWorkbook } from "../../core/validation";
import { readWorkbook } from "../../workbook/reader";
import { RESULT_SHEETS as RESULT_SHEET_LIST } from "../../workbook/result";
import { makeUnitWorkbook, validUnitValues } from "../../../test/support/unitWorkbook";
import { FakeExcel, NO_FILL, type FakeSheetSpec } from "../excel/testing/fakeExcel";
import { fakeSheetFromGrid } from "../excel/testing/fakeSheetFromGrid";
import { withExcelApi } from "../excel/testing/requirements";
import type { ConsolidatedReply } from "../worker/protocol";
import { runBatchJob } from "../worker/runBatchJob";
import { pickedSample, sampleBytes } from "../worker/testSamples";
import { rowsToUnitList, unitListToRows } from "../../core/units";
import { createExcelBridge } from "./excelBridge";

// The sheets the CLI's result workbook has, in its order.
const RESULT_SHEETS = RESULT_SHEET_LIST.map((sheet) => sheet.name);

/** The sheets of a sample as an open workbook holds them. */
function sampleSheets(name: string): FakeSheetSpec[] {
  const read = readWorkbook(sampleBytes(name), name);
  if (!read.ok) throw new Error(`${name} does not read`);
  return read.workbook.sheets.map((sheet) => fakeSheetFromGrid(sheet));
}

/** A bridge on a fake workbook that counts its Excel.run calls. */
function bridgeOn(excel: FakeExcel) {
  let runs = 0;
  const bridge = createExcelBridge(
    "vi",
    (batch) => {
      runs += 1;
      return batch(excel.context);
    },
    () => "CD008-truong-cao-dang-su-pham.xlsx",
  );
  return { bridge, runs: () => runs };
}

async function consolidated(
  extra: { name: string; blob: Blob }[] = [],
): Promise<ConsolidatedReply> {
  const files = ["CD001-so-tu-phap.xlsx", "CD003-truong-thpt-le-loi.xlsx"].map(pickedSample);
  let final: ConsolidatedReply | null = null;
  await runBatchJob(
    {
      kind: "consolidate",
      files: [...files, ...extra],
      rules: defaultRules,
      lang: "vi",
      withGrid: true,
    },
    (reply) => {
      if (reply.kind === "consolidated") final = reply;
    },
  );
  if (!final) throw new Error("no result");
  return final;
}

describe("createExcelBridge", () => {
  const sample = "CD008-truong-cao-dang-su-pham.xlsx";

  it("reads the open report in one Excel.run, giving the findings its file gives", async () => {
    const excel = new FakeExcel({ sheets: sampleSheets(sample) });
    const { bridge, runs } = bridgeOn(excel);
    const { file, grid } = await bridge.readOpenWorkbook();
    const inExcel = validateWorkbook(grid, file, defaultRules).findings;
    const read = readWorkbook(sampleBytes(sample), sample);
    const fromFile = read.ok ? validateWorkbook(read.workbook, sample, defaultRules).findings : [];
    const where = (findings: readonly Finding[]) =>
      findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
    expect(file).toBe(sample);
    expect(where(inExcel)).toEqual(where(fromFile));
    expect(where(inExcel)).toContain("number.not-a-number@BaoCao!F20");
    expect(runs()).toBe(1);
  });

  it("selects a finding's cell on its sheet", async () => {
    const excel = new FakeExcel({ sheets: sampleSheets(sample) });
    const { bridge, runs } = bridgeOn(excel);
    await bridge.selectCell("BaoCao", "F20");
    expect(excel.calls.filter((c) => c.op === "activate" || c.op === "select")).toEqual([
      { op: "activate", sheet: "BaoCao" },
      { op: "select", sheet: "BaoCao", address: "F20" },
    ]);
    expect(runs()).toBe(1);
  });

  it("marks the cells of the findings and removes exactly those marks", async () => {
    const excel = new FakeExcel({ sheets: sampleSheets(sample) });
    const { bridge, runs } = bridgeOn(excel);
    const { file, grid } = await bridge.readOpenWorkbook();
    const findings = validateWorkbook(grid, file, defaultRules).findings;
    await withExcelApi("1.18", () => bridge.markFindings(findings));
    expect(excel.sheet("BaoCao").fill("F20")).not.toEqual(NO_FILL);
    expect(excel.sheet("BaoCao").fill("F21")).toEqual(NO_FILL);
    await withExcelApi("1.18", () => bridge.unmarkFindings());
    expect(excel.sheet("BaoCao").fill("F20")).toEqual(NO_FILL);
    expect(runs()).toBe(3);
  });

  it("names the result and chart sheets the workbook has already", async () => {
    const excel = new FakeExcel({
      sheets: [{ name: "BaoCao" }, { name: "xếp loại" }, { name: "Biểu đồ" }],
    });
    const { bridge } = bridgeOn(excel);
    expect(await bridge.existingResultSheets(await consolidated())).toEqual([
      "Xếp loại",
      "Biểu đồ",
    ]);
  });

  it.each([
    ["inserts the result workbook's sheets", "1.13", false],
    ["writes the sheets cell by cell where Excel cannot insert them", "1.12", false],
    ["writes the sheets cell by cell where Excel on the web refuses them", "1.13", true],
  ])(
    "%s (ExcelApi %s), replacing old ones, and draws the charts in the same run",
    async (_case, api, insertFails) => {
      const excel = new FakeExcel({
        sheets: [{ name: "Sheet1" }, { name: "Xếp loại", cells: { A1: "cũ" } }],
        insertFails,
      });
      const { bridge, runs } = bridgeOn(excel);
      const reply = await consolidated();
      const written = await withExcelApi(api, () => bridge.writeResults(reply));
      expect(written).toEqual([...RESULT_SHEETS, "Biểu đồ"]);
      expect([...excel.sheetNames()].sort()).toEqual(
        ["Sheet1", ...RESULT_SHEETS, "Biểu đồ"].sort(),
      );
      expect(excel.sheet("Xếp loại").value("A1")).not.toBe("cũ");
      expect(excel.calls.filter((c) => c.op === "addChart")).toHaveLength(2);
      expect(runs()).toBe(1);
    },
  );

  it("keeps a unit named like a formula as text when writing cell by cell", async () => {
    const hyperlink = '=HYPERLINK("http://x","y")';
    const unit = await makeUnitWorkbook({
      unitCode: "CD099",
      unitName: hyperlink,
      period: "Năm 2024",
      cluster: "Cụm 1",
      values: validUnitValues(99),
    });
    const reply = await consolidated([
      { name: "CD099.xlsx", blob: new Blob([unit.bytes as BlobPart]) },
    ]);
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const { bridge } = bridgeOn(excel);
    await withExcelApi("1.12", () => bridge.writeResults(reply));
    const sheet = excel.sheet("Xếp loại");
    const cells = [...sheet.cells.values()].filter((cell) => cell.value === hyperlink);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ value: hyperlink, numberFormat: "@" });
    expect(cells[0]?.formula).toBeUndefined();
  });

  it("writes the rules to CauHinh and reads the same text back", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const { bridge } = bridgeOn(excel);
    expect(await bridge.readRulesSheet()).toBeNull();
    const json = '{\n  "thresholds": { "HTXS": 85, "HTT": 70, "HT": 50 }\n}\n';
    await bridge.writeRulesSheet(json);
    expect((await bridge.readRulesSheet())?.trim()).toBe(json.trim());
  });
});

describe("createExcelBridge, the DanhSach unit list", () => {
  const units = [
    { code: "CD001", name: "CĐCS Sở Tư pháp", cluster: "Cụm 1", membership: "direct" as const },
    {
      code: "00123",
      name: '=HYPERLINK("x")',
      cluster: "Cụm 2",
      founded: "15/03/2010",
      membership: "member" as const,
    },
  ];

  it("writes every column as text and reads the same units back", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const { bridge } = bridgeOn(excel);
    await bridge.writeUnitListSheet("DanhSach", unitListToRows(units));
    expect(await bridge.existingSheets(["DanhSach", "CauHinh"])).toEqual(["DanhSach"]);
    const grid = await bridge.readSheet("DanhSach");
    expect(grid).not.toBeNull();
    const reading = rowsToUnitList(grid!, { file: "DanhSach" });
    expect(reading.findings).toEqual([]);
    expect(reading.units).toEqual(units);
  });

  it("reads no sheet as null", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    expect(await bridgeOn(excel).bridge.readSheet("DanhSach")).toBeNull();
  });
});
