import type { Worksheet } from "exceljs";
import { loadExcelJS } from "../excel/loadExcelJS";
import { NOTE_WIDTH_PX, noteBoxes, sizeNoteBoxes } from "./noteBoxes";

async function sheetWith(build: (sheet: Worksheet) => void): Promise<Worksheet> {
  const ExcelJS = await loadExcelJS();
  const sheet = new ExcelJS.Workbook().addWorksheet("BaoCao");
  build(sheet);
  return sheet;
}

describe("noteBoxes", () => {
  it("starts a box one column right of its cell and a row above, as Excel places a new note", async () => {
    const sheet = await sheetWith((s) => (s.getCell("C5").note = "ngắn"));
    // 300 px from 15 px into D: D–G are 64 px each (256), then 59 px into H. One line is
    // 15 + 12 = 27 px from 10 px into row 4 (0-based 3, 20 px): 17 px into row 5.
    expect(noteBoxes(sheet).get("4,2")).toEqual({
      anchor: "3, 15, 3, 10, 7, 59, 4, 17",
      widthPx: NOTE_WIDTH_PX,
      heightPx: 27,
    });
  });

  it.each<[string, (s: Worksheet) => void, string]>([
    [
      "reaches less far across wide columns",
      (s) => (s.getColumn(4).width = 50),
      "3, 15, 3, 10, 3, 315, 4, 17",
    ],
    [
      "passes over hidden columns",
      (s) => {
        s.getColumn(4).hidden = true;
        s.getColumn(5).hidden = true;
      },
      "3, 15, 3, 10, 9, 59, 4, 17",
    ],
    [
      "reaches less far down tall rows",
      (s) => (s.getRow(4).height = 60),
      "3, 15, 3, 10, 7, 59, 3, 37",
    ],
  ])("%s, measured in the sheet's own sizes", async (_, build, anchor) => {
    const sheet = await sheetWith((s) => {
      build(s);
      s.getCell("C5").note = "ngắn";
    });
    expect(noteBoxes(sheet).get("4,2")?.anchor).toBe(anchor);
  });

  it("makes a box one line taller for each line of text, wrapping long lines", async () => {
    const sheet = await sheetWith((s) => {
      s.getCell("A2").note = "một";
      s.getCell("A3").note = "một\nhai\nba";
      s.getCell("A4").note = { texts: [{ text: "x".repeat(38) }, { text: "y" }] };
    });
    const heights = ["1,0", "2,0", "3,0"].map((key) => noteBoxes(sheet).get(key)?.heightPx);
    expect(heights).toEqual([27, 57, 42]);
  });

  it("gives back the very bytes when no note has a box", async () => {
    const ExcelJS = await loadExcelJS();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("BaoCao").getCell("A1").note = "x";
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(sizeNoteBoxes(bytes, new Map())).toBe(bytes);
    expect(
      sizeNoteBoxes(
        bytes,
        new Map([[99, new Map([["0,0", { anchor: "1", widthPx: 1, heightPx: 1 }]])]]),
      ),
    ).toBe(bytes);
  });
});
