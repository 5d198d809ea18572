import { SheetsExistError } from "./errors";
import type { ResultSheetData } from "./resultSheetData";
import { FakeExcel, type Call } from "./testing/fakeExcel";
import { utf8Length } from "./utf8Length";
import { writeResultSheets } from "./writeResultSheets";

function writesOf(batch: readonly Call[]) {
  return batch.filter((call): call is Extract<Call, { op: "write" }> => call.op === "write");
}

function payload(batch: readonly Call[]): number {
  return writesOf(batch).reduce((sum, call) => sum + utf8Length(JSON.stringify(call.value)), 0);
}

describe("writeResultSheets", () => {
  it("writes a 5,000-row sheet in chunks, one sync each, every request under the budget", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const rows = [
      ["Mã đơn vị", "Tên công đoàn cơ sở", "Điểm"],
      ...Array.from({ length: 4999 }, (_, i) => [
        `CD${i + 1}`,
        `Công đoàn cơ sở số ${i + 1}`,
        50 + (i % 50),
      ]),
    ];
    await writeResultSheets(excel.context, [{ name: "Tổng hợp", rows }], {
      replace: false,
      budgetBytes: 40_000,
    });

    const [names, ...writing] = excel.batches();
    expect(names).toEqual([]);
    const total = writing.reduce((sum, batch) => sum + payload(batch), 0);
    expect(total).toBeGreaterThan(5 * 40_000);
    expect(writing.length).toBeGreaterThanOrEqual(Math.ceil(total / 40_000));
    expect(excel.syncCount()).toBe(1 + writing.length);
    let nextRow = 1;
    for (const batch of writing) {
      expect(payload(batch)).toBeLessThan(40_000);
      // One block per request: its number formats, then its values, on the same rows.
      const writes = writesOf(batch);
      expect(writes.map((call) => call.prop)).toEqual(["numberFormat", "values"]);
      const [first, last] = writes[0]!.address.split(":");
      expect(first).toBe(`A${nextRow}`);
      expect(writes[1]!.address).toBe(writes[0]!.address);
      nextRow = Number(last!.slice(1)) + 1;
    }
    expect(nextRow).toBe(5001);
    const sheet = excel.sheet("Tổng hợp");
    expect(sheet.value("A1")).toBe("Mã đơn vị");
    expect(sheet.value("A2")).toBe("CD1");
    expect(sheet.value("B5000")).toBe("Công đoàn cơ sở số 4999");
    expect(sheet.value("C5000")).toBe(98);
    expect(sheet.cells.get("A5000")?.numberFormat).toBe("@");
    expect(sheet.cells.get("C5000")?.numberFormat).toBe("General");
  });

  it("keeps the budget with the cell limit too", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const rows = Array.from({ length: 100 }, (_, i) => [i, i * 2]);
    await writeResultSheets(excel.context, [{ name: "S", rows }], {
      replace: false,
      chunkCells: 50,
    });
    const ranges = excel.calls.flatMap((call) => (call.op === "write" ? [call.address] : []));
    expect(ranges).toEqual(["A1:B25", "A26:B50", "A51:B75", "A76:B100"]);
    // Small pieces share a request: the sheet names, then one request for everything.
    expect(excel.syncCount()).toBe(2);
  });

  it.each([
    '=HYPERLINK("http://evil.example","Công đoàn")',
    "+84 912 345 678",
    "-5 điểm",
    "@user",
    "001",
    "TRUE",
    "'quoted",
  ])("writes %j as that very text, formatted as text before the value", async (text) => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await writeResultSheets(excel.context, [{ name: "Xếp loại", rows: [["Tên"], [text]] }], {
      replace: false,
    });
    const cell = excel.sheet("Xếp loại").cells.get("A2");
    expect(cell).toEqual({ value: text, numberFormat: "@" });
    const writes = excel.calls.flatMap((call) => (call.op === "write" ? [call.prop] : []));
    expect(writes).toEqual(["numberFormat", "values"]);
  });

  it("enters formulas as formulas and keeps the text beside them as text", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const sheet: ResultSheetData = {
      name: "Tổng hợp",
      rows: [
        ["=x", 3],
        ["Tổng", 3],
      ],
      formulas: [
        [null, null],
        [null, "=SUM(B1:B1)"],
      ],
    };
    await writeResultSheets(excel.context, [sheet], { replace: false });
    const written = excel.sheet("Tổng hợp");
    expect(written.cells.get("A1")).toEqual({ value: "=x", numberFormat: "@" });
    expect(written.cells.get("B2")?.formula).toBe("=SUM(B1:B1)");
    expect(written.cells.get("B2")?.numberFormat).toBe("General");
  });

  it("refuses to overwrite sheets that exist, naming them, and writes nothing", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "tổng hợp" }, { name: "Báo cáo" }] });
    const attempt = writeResultSheets(
      excel.context,
      [
        { name: "Tổng hợp", rows: [[1]] },
        { name: "Xếp loại", rows: [[1]] },
        { name: "Báo cáo", rows: [[1]] },
      ],
      { replace: false },
    );
    await expect(attempt).rejects.toBeInstanceOf(SheetsExistError);
    await expect(attempt).rejects.toMatchObject({ names: ["Tổng hợp", "Báo cáo"] });
    expect(excel.calls).toEqual([{ op: "sync" }]);
    expect(excel.sheetNames()).toEqual(["tổng hợp", "Báo cáo"]);
  });

  it("replaces sheets of the same names, even when they are the workbook's only sheets", async () => {
    const excel = new FakeExcel({
      sheets: [{ name: "Tổng hợp", cells: { A1: "cũ", Z99: "cũ" } }],
    });
    await writeResultSheets(excel.context, [{ name: "Tổng hợp", rows: [["mới"]] }], {
      replace: true,
    });
    expect(excel.sheetNames()).toEqual(["Tổng hợp"]);
    const sheet = excel.sheet("Tổng hợp");
    expect(sheet.value("A1")).toBe("mới");
    expect(sheet.cells.has("Z99")).toBe(false);
    expect(excel.calls.slice(0, 5)).toEqual([
      { op: "sync" },
      { op: "renameSheet", sheet: "Tổng hợp", to: "~cdvc-1" },
      { op: "addSheet", sheet: "Tổng hợp" },
      { op: "deleteSheet", sheet: "~cdvc-1" },
      expect.objectContaining({ op: "write", sheet: "Tổng hợp", prop: "numberFormat" }),
    ]);
  });

  it("freezes header rows, sets column widths in points, and fits columns otherwise", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await writeResultSheets(
      excel.context,
      [
        { name: "A", rows: [["x", 1]], freezeRows: 2, columnWidths: [10, 20] },
        { name: "B", rows: [["y"], ["z"]] },
      ],
      { replace: false },
    );
    const layout = excel.calls.filter((call) =>
      ["freezeRows", "columnWidth", "autofit", "activate"].includes(call.op),
    );
    expect(layout).toEqual([
      { op: "freezeRows", sheet: "A", count: 2 },
      { op: "columnWidth", sheet: "A", address: "A1", value: 56.25 },
      { op: "columnWidth", sheet: "A", address: "B1", value: 108.75 },
      { op: "autofit", sheet: "B", address: "A1:A2" },
      { op: "activate", sheet: "A" },
    ]);
    expect(excel.sheetNames()).toEqual(["Sheet1", "A", "B"]);
  });

  it("adds an empty sheet for a sheet with no rows", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await writeResultSheets(excel.context, [{ name: "Trống", rows: [] }], { replace: false });
    expect(excel.sheetNames()).toEqual(["Sheet1", "Trống"]);
    expect(excel.calls.some((call) => call.op === "write")).toBe(false);
  });
});
