import type { Workbook } from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sheetXml } from "../../../test/support/readXlsx";
import { loadExcelJS } from "../excel/loadExcelJS";
import { MAX_COVERED_CELLS, prepareCopy } from "./prepareCopy";

const FILE = "CD008.xlsx";

/** A workbook with 60 used rows on BaoCao, after `build` adds to it. */
async function workbookBytes(build: (workbook: Workbook) => void = () => {}): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("BaoCao");
  for (let row = 1; row <= 60; row++) sheet.getCell(row, 3).value = row;
  build(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

type DataValidations = { add(range: string, rule: object): void };
const WHOLE = { type: "whole", operator: "greaterThanOrEqual", formulae: [0], allowBlank: true };

function addValidation(workbook: Workbook, range: string): void {
  (
    workbook.getWorksheet("BaoCao") as unknown as { dataValidations: DataValidations }
  ).dataValidations.add(range, WHOLE);
}

/** The workbook with one part's XML rewritten. */
function rewritten(bytes: Uint8Array, part: string, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts[part] = strToU8(change(strFromU8(parts[part]!)));
  return zipSync(parts);
}

function sqrefs(bytes: Uint8Array): string[] {
  return [...sheetXml(bytes, "BaoCao").matchAll(/<dataValidation\b[^>]*sqref="([^"]*)"/g)].map(
    (m) => m[1]!,
  );
}

describe("prepareCopy", () => {
  it("hands back the very same bytes when nothing needs clipping", async () => {
    const bytes = await workbookBytes((wb) => addValidation(wb, "C1:C200"));
    const prepared = prepareCopy(bytes, FILE);
    expect(prepared.ok && prepared.bytes).toBe(bytes);
  });

  it.each<[string, string, string]>([
    ["a whole column", "D1:D1048576", "D1:D1060"],
    ["whole rows", "A3:XFD4", "A3:BA4"],
    ["a block starting below the used rows and the spare ones", "E5000:E1048576", "E5000:E5000"],
  ])(
    "clips a validation over %s to 1,000 rows below the last used row and 50 columns right",
    async (_, range, clipped) => {
      const bytes = await workbookBytes((wb) => addValidation(wb, range));
      const prepared = prepareCopy(bytes, FILE);
      if (!prepared.ok) throw new Error(prepared.finding.message);
      expect(sqrefs(prepared.bytes)).toEqual([clipped]);
    },
  );

  it("refuses a file whose merged blocks cover more cells than the limit", async () => {
    const bytes = rewritten(
      await workbookBytes((wb) => wb.getWorksheet("BaoCao")!.mergeCells("A1:B2")),
      "xl/worksheets/sheet1.xml",
      (xml) => xml.replace('ref="A1:B2"', 'ref="A1:Z50000"'),
    );
    const prepared = prepareCopy(bytes, FILE);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.finding).toMatchObject({
      code: "annotate.too-many-cells",
      file: FILE,
      severity: "error",
    });
    expect(prepared.finding.params).toEqual({ cells: 26 * 50000 });
    expect(26 * 50000).toBeGreaterThan(MAX_COVERED_CELLS);
  });

  it("refuses a part that unpacks past the rules' budget, even one the form never reads", async () => {
    const parts = unzipSync(await workbookBytes());
    parts["xl/media/image1.png"] = new Uint8Array(200_000);
    const prepared = prepareCopy(zipSync(parts), FILE, { limits: { maxInflatedBytes: 100_000 } });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.finding.code).toBe("file.zip-bomb");
  });

  it("refuses a sheet past the reader's row limit, even one the form never reads", async () => {
    const bytes = await workbookBytes((wb) => {
      const notes = wb.addWorksheet("Ghi chú");
      for (let row = 1; row <= 100; row++) notes.getCell(row, 1).value = row;
    });
    const prepared = prepareCopy(bytes, FILE, { limits: { maxRows: 80 } });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok)
      expect(prepared.finding).toMatchObject({ code: "file.sheet-too-long", sheet: "Ghi chú" });
  });

  it("leaves the bytes it is given as they were, even when it clips", async () => {
    const bytes = await workbookBytes((wb) => addValidation(wb, "D1:D1048576"));
    const before = bytes.slice();
    prepareCopy(bytes, FILE);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(before))).toBe(0);
  });
});
