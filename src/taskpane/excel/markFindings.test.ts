import { markFindings } from "./markFindings";
import { MARKS_SETTING } from "./markRecord";
import { NO_FILL } from "./testing/fakeExcel";
import { errorAt, missingSheet, warningAt } from "./testing/findings";
import { GREEN, looks, report } from "./testing/markedReport";
import { withExcelApi } from "./testing/requirements";
import { unmarkFindings } from "./unmarkFindings";

const FINDINGS = [
  errorAt("F14"),
  warningAt("F15"),
  warningAt("F16"),
  errorAt("F16"),
  missingSheet(),
];

describe("markFindings", () => {
  it("fills errors red and warnings yellow, with a note unless the cell has its own", async () => {
    const excel = report();
    const result = await withExcelApi("1.18", () => markFindings(excel.context, FINDINGS));
    expect(result).toEqual({ marked: 3, annotated: 2, unplaced: 1 });
    const sheet = excel.sheet("BaoCao");
    expect(sheet.fill("F14")).toEqual({ ...GREEN, color: "#FFC7CE" });
    expect(sheet.fill("F15").color).toBe("#FFEB9C");
    expect(sheet.fill("F16")).toEqual({ ...NO_FILL, color: "#FFC7CE", pattern: "Solid" });
    expect(sheet.fill("G20")).toEqual(GREEN);
    expect(sheet.notes.get("F14")).toContain(errorAt("F14").message);
    expect(sheet.notes.get("F15")).toBe("Ghi chú của đơn vị");
    expect(sheet.notes.get("F16")?.split("\n")).toHaveLength(3);
    // The names and the record, the fills and notes to look at, then the writes.
    expect(excel.syncCount()).toBe(3);
  });

  it("keeps the record in the workbook, so a later session can unmark", async () => {
    const excel = report();
    await withExcelApi("1.18", () => markFindings(excel.context, [errorAt("F14")]));
    expect(JSON.parse(excel.settings.get(MARKS_SETTING) as string)).toEqual({
      version: 1,
      cells: [
        {
          sheet: "BaoCao",
          cell: "F14",
          ours: "#FFC7CE",
          before: GREEN,
          note: true,
          commentId: null,
        },
      ],
    });
  });

  it("replaces the marks of an earlier check with the marks of the latest", async () => {
    const excel = report();
    const before = looks(excel.sheet("BaoCao"));
    await withExcelApi("1.18", async () => {
      await markFindings(excel.context, [errorAt("F14"), errorAt("F16")]);
      await markFindings(excel.context, [warningAt("F16")]);
      const sheet = excel.sheet("BaoCao");
      expect(sheet.fill("F14")).toEqual(GREEN);
      expect(sheet.notes.has("F14")).toBe(false);
      expect(sheet.fill("F16").color).toBe("#FFEB9C");
      expect(sheet.notes.get("F16")).toContain(warningAt("F16").message);
      expect(await unmarkFindings(excel.context)).toBe(1);
    });
    expect(looks(excel.sheet("BaoCao"))).toEqual(before);
  });

  it("clears the earlier marks when the latest check finds nothing to mark", async () => {
    const excel = report();
    const before = looks(excel.sheet("BaoCao"));
    await withExcelApi("1.18", async () => {
      await markFindings(excel.context, [errorAt("F14")]);
      expect(await markFindings(excel.context, [missingSheet()])).toEqual({
        marked: 0,
        annotated: 0,
        unplaced: 1,
      });
    });
    expect(looks(excel.sheet("BaoCao"))).toEqual(before);
    expect(excel.settings.has(MARKS_SETTING)).toBe(false);
  });

  it("uses comments where Excel has no notes, and removes only its own", async () => {
    const excel = report();
    const before = looks(excel.sheet("BaoCao"));
    await withExcelApi("1.10", async () => {
      const result = await markFindings(excel.context, [errorAt("F14"), warningAt("F16")]);
      expect(result).toEqual({ marked: 2, annotated: 1, unplaced: 0 });
      const sheet = excel.sheet("BaoCao");
      expect(sheet.comments.get("F14")?.content).toBe("Bình luận của đơn vị");
      expect(sheet.comments.get("F16")?.content).toContain(warningAt("F16").message);
      expect(sheet.notes.has("F16")).toBe(false);
      expect(await unmarkFindings(excel.context)).toBe(2);
    });
    expect(looks(excel.sheet("BaoCao"))).toEqual(before);
  });

  it("marks with fills alone on an Excel that has neither notes nor fill patterns", async () => {
    const excel = report();
    const before = looks(excel.sheet("BaoCao"));
    await withExcelApi("1.8", async () => {
      expect(await markFindings(excel.context, [errorAt("F14"), errorAt("F16")])).toEqual({
        marked: 2,
        annotated: 0,
        unplaced: 0,
      });
      expect(excel.calls.some((call) => call.op === "addNote" || call.op === "addComment")).toBe(
        false,
      );
      expect(await unmarkFindings(excel.context)).toBe(2);
    });
    expect(looks(excel.sheet("BaoCao"))).toEqual(before);
  });
});
