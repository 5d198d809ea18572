import { planChunks } from "./planChunks";
import type { ResultSheetData } from "./resultSheetData";
import { utf8Length } from "./utf8Length";

const BIG = { budgetBytes: 1_000_000 };

describe("planChunks", () => {
  it.each([
    ["text", "Công đoàn Sở Y tế", {}, "@"],
    ["text that looks like a formula", '=HYPERLINK("http://x","y")', {}, "@"],
    ["text that looks like a number", "001", {}, "@"],
    ["a number", 92.5, {}, null],
    ["a number in a column with a format", 92.5, { numberFormats: { 0: "0.00" } }, "0.00"],
    ["a number in a text column", 7, { textColumns: [0] }, null],
    ["an empty cell", null, {}, null],
    ["an empty cell of a text column", null, { textColumns: [0] }, "@"],
    ["an empty cell of a formatted column", null, { numberFormats: { 0: "0%" } }, "0%"],
    ["a boolean", true, {}, null],
  ] as const)("formats %s as %j", (_name, value, extra, expected) => {
    const sheet: ResultSheetData = { name: "S", rows: [[value]], ...extra };
    const [chunk] = planChunks(sheet, BIG);
    expect(chunk?.numberFormat).toEqual(expected === null ? null : [[expected]]);
    expect(chunk?.values).toEqual([[value]]);
    expect(chunk?.viaFormulas).toBe(false);
  });

  it("enters formulas and error values through formulas, never formatted as text", () => {
    const sheet: ResultSheetData = {
      name: "S",
      rows: [
        ["Tổng", 12, null],
        ["Tỷ lệ", 0.5, "#DIV/0!"],
      ],
      formulas: [
        [null, "=SUM(B3:B9)", null],
        [null, null, "#DIV/0!"],
      ],
      numberFormats: { 1: "@", 2: "0%" },
    };
    const [chunk] = planChunks(sheet, BIG);
    expect(chunk).toMatchObject({
      row: 0,
      rows: 2,
      cols: 3,
      viaFormulas: true,
      values: [
        ["Tổng", "=SUM(B3:B9)", null],
        ["Tỷ lệ", 0.5, "#DIV/0!"],
      ],
      numberFormat: [
        ["@", null, "0%"],
        ["@", null, "0%"],
      ],
    });
  });

  it("pads ragged rows to the widest row", () => {
    const [chunk] = planChunks({ name: "S", rows: [["a"], [1, 2, 3], []] }, BIG);
    expect(chunk?.cols).toBe(3);
    expect(chunk?.values).toEqual([
      ["a", null, null],
      [1, 2, 3],
      [null, null, null],
    ]);
  });

  it("cuts 5,000 rows into consecutive blocks that each fit the budget", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`CĐCS số ${i + 1}`, i, i / 3]);
    const chunks = planChunks({ name: "S", rows }, { budgetBytes: 20_000 });
    expect(chunks.length).toBeGreaterThan(10);
    let next = 0;
    for (const chunk of chunks) {
      expect(chunk.row).toBe(next);
      next += chunk.rows;
      const sent =
        utf8Length(JSON.stringify(chunk.values)) + utf8Length(JSON.stringify(chunk.numberFormat));
      expect(sent).toBeLessThanOrEqual(chunk.bytes);
      expect(chunk.bytes).toBeLessThanOrEqual(20_000);
    }
    expect(next).toBe(5000);
  });

  it("keeps blocks to the cell limit", () => {
    const rows = Array.from({ length: 10 }, () => [1, 2, 3, 4]);
    const chunks = planChunks({ name: "S", rows }, { budgetBytes: 1_000_000, maxCells: 12 });
    expect(chunks.map((chunk) => chunk.rows)).toEqual([3, 3, 3, 1]);
  });

  it("gives a row larger than the budget a block of its own", () => {
    const rows = [["a"], ["x".repeat(5000)], ["b"]];
    const chunks = planChunks({ name: "S", rows }, { budgetBytes: 1000 });
    expect(chunks.map((chunk) => [chunk.row, chunk.rows])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it("plans nothing for an empty sheet", () => {
    expect(planChunks({ name: "S", rows: [] }, BIG)).toEqual([]);
    expect(planChunks({ name: "S", rows: [[], []] }, BIG)).toEqual([]);
  });
});
