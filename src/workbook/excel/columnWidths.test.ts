import { displayWidth, fitColumnWidths } from "./columnWidths";
import { loadExcelJS } from "./loadExcelJS";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["STT", 3],
    ["Tên công đoàn cơ sở", 19],
    // The same words with decomposed marks (as some old files store them) are no wider.
    ["Tên công đoàn cơ sở".normalize("NFD"), 19],
    ["dòng 1\ndòng dài hơn", 12],
    ["工会", 4],
  ])("measures %j as %i characters", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("gives plain text the width a character-by-character count gives", () => {
    // The count every text once went through, kept here as the reference of the fast path.
    const wide =
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
    const counted = (text: string) =>
      Math.max(
        ...text
          .normalize("NFC")
          .split(/\r?\n/)
          .map((line) => [...line].reduce((w, ch) => w + (wide.test(ch) ? 2 : 1), 0)),
      );
    const pool = [
      "a",
      "Đ",
      "ơ",
      "ừ",
      "\u0301",
      "\u0323",
      "\n",
      "\r\n",
      "工",
      "한",
      "\u1161",
      "😀",
      " ",
      "1",
    ];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => pool[Math.floor(next() * pool.length)],
      ).join("");
      expect([text, displayWidth(text)]).toEqual([text, counted(text)]);
    }
  });
});

describe("fitColumnWidths", () => {
  async function sheet() {
    const ExcelJS = await loadExcelJS();
    return new ExcelJS.Workbook().addWorksheet("S");
  }

  it("fits each column to its longest value plus padding, within the bounds", async () => {
    const s = await sheet();
    s.getCell("A1").value = "Mã số";
    s.getCell("A2").value = "DV01";
    s.getCell("B1").value = "x".repeat(100);
    s.getCell("C1").value = "a";
    s.getCell("D1").value = "";
    fitColumnWidths(s, { min: 8, max: 40, padding: 2 });
    expect(s.getColumn(4).width).toBe(8);
    expect(s.getColumn(1).width).toBe(8);
    expect(s.getColumn(2).width).toBe(40);
    expect(s.getColumn(3).width).toBe(8);
  });

  it("counts grouped digits and decimals of a number format", async () => {
    const s = await sheet();
    s.getCell("A1").value = 1234567.5;
    s.getCell("A1").numFmt = "#,##0.0";
    fitColumnWidths(s, { min: 1, padding: 0 });
    // "1,234,567.5" is 11 characters.
    expect(s.getColumn(1).width).toBe(11);
  });

  it("skips merged titles and skipped rows", async () => {
    const s = await sheet();
    s.getCell("A1").value = "A long title spanning the table";
    s.mergeCells("A1:C1");
    s.getCell("A2").value = "Header row text that is long";
    s.getCell("A3").value = "STT";
    fitColumnWidths(s, { min: 1, padding: 0, skipRows: [2] });
    expect(s.getColumn(1).width).toBe(3);
  });

  it("measures formulas by their cached result and dates as dd/mm/yyyy", async () => {
    const s = await sheet();
    s.getCell("A1").value = { formula: "SUM(B1:B2)", result: 100000 };
    s.getCell("A1").numFmt = "#,##0";
    s.getCell("B1").value = new Date(Date.UTC(2024, 0, 8));
    fitColumnWidths(s, { min: 1, padding: 0 });
    expect(s.getColumn(1).width).toBe(7);
    expect(s.getColumn(2).width).toBe(10);
  });

  it("gives every column the width measuring every cell gives (seeded texts and merges)", async () => {
    // Texts of all lengths, some wide (CJK), some with combining marks or line breaks, empty
    // ones, and merged cells: the columns must get what a cell-by-cell measure gives.
    let seed = 20261123;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ["Công đoàn ", "工会工会", "Đoàn viên".normalize("NFD"), "x", "\n", "", "工"];
    for (let round = 0; round < 20; round++) {
      const s = await sheet();
      const expected = new Map<number, number>();
      for (let row = 1; row <= 40; row++) {
        for (let col = 1; col <= 4; col++) {
          let value = "";
          for (let k = next(6); k > 0; k--) value += pieces[next(pieces.length)];
          s.getCell(row, col).value = value;
        }
      }
      for (let merge = 0; merge < 10; merge++) {
        const row = 1 + next(40);
        const col = 1 + next(3);
        if (!s.getCell(row, col).isMerged && !s.getCell(row, col + 1).isMerged) {
          s.mergeCells(row, col, row, col + 1);
        }
      }
      s.eachRow((r) =>
        r.eachCell((cell, col) => {
          if (cell.isMerged) return;
          const width = displayWidth(cell.value as string);
          expected.set(col, Math.max(expected.get(col) ?? 0, width));
        }),
      );
      fitColumnWidths(s, { min: 4, max: 60, padding: 2 });
      for (const [col, width] of expected) {
        expect(s.getColumn(col).width).toBe(Math.min(60, Math.max(4, width + 2)));
      }
    }
  });
});
