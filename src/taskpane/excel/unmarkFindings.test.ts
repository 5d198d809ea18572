import { markFindings } from "./markFindings";
import { MARKS_SETTING } from "./markRecord";
import { FakeExcel, NO_FILL } from "./testing/fakeExcel";
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

describe("unmarkFindings", () => {
  it("unmarks by restoring exactly the earlier fills and removing only its own notes", async () => {
    const excel = report();
    const before = looks(excel.sheet("BaoCao"));
    await withExcelApi("1.18", async () => {
      await markFindings(excel.context, FINDINGS);
      expect(looks(excel.sheet("BaoCao"))).not.toEqual(before);
      expect(await unmarkFindings(excel.context)).toBe(3);
    });
    expect(looks(excel.sheet("BaoCao"))).toEqual(before);
    expect(excel.settings.has(MARKS_SETTING)).toBe(false);
    const deleted = excel.calls.filter((call) => call.op === "deleteNote");
    expect(deleted).toEqual([
      { op: "deleteNote", sheet: "BaoCao", address: "F14" },
      { op: "deleteNote", sheet: "BaoCao", address: "F16" },
    ]);
  });

  it("leaves a fill the user put on a marked cell since, and still removes its note", async () => {
    const excel = report();
    await withExcelApi("1.18", async () => {
      await markFindings(excel.context, [errorAt("F16")]);
      excel.sheet("BaoCao").fills.set("F16", GREEN);
      expect(await unmarkFindings(excel.context)).toBe(1);
    });
    expect(excel.sheet("BaoCao").fill("F16")).toEqual(GREEN);
    expect(excel.sheet("BaoCao").notes.has("F16")).toBe(false);
  });

  it("unmarks a cell whose note the user deleted since", async () => {
    const excel = report();
    await withExcelApi("1.18", async () => {
      await markFindings(excel.context, [errorAt("F16")]);
      excel.sheet("BaoCao").notes.delete("F16");
      expect(await unmarkFindings(excel.context)).toBe(1);
    });
    expect(excel.sheet("BaoCao").fill("F16")).toEqual(NO_FILL);
  });

  it("skips the marks of a sheet that was deleted since", async () => {
    const excel = report();
    excel.sheets.push(...new FakeExcel({ sheets: [{ name: "Tạm" }] }).sheets);
    await withExcelApi("1.18", async () => {
      await markFindings(excel.context, [errorAt("F14"), errorAt("A1", "Tạm")]);
      excel.sheets.splice(
        excel.sheets.findIndex((s) => s.name === "Tạm"),
        1,
      );
      expect(await unmarkFindings(excel.context)).toBe(1);
    });
    expect(excel.sheet("BaoCao").fill("F14")).toEqual(GREEN);
  });

  it("unmarks nothing, in one sync, when nothing is marked", async () => {
    const excel = report();
    expect(await unmarkFindings(excel.context)).toBe(0);
    expect(excel.calls).toEqual([{ op: "sync" }]);
  });

  it("drops a record it cannot read instead of guessing at cells", async () => {
    const excel = new FakeExcel({
      sheets: [{ name: "BaoCao" }],
      settings: { [MARKS_SETTING]: "?" },
    });
    expect(await unmarkFindings(excel.context)).toBe(0);
    expect(excel.settings.has(MARKS_SETTING)).toBe(false);
  });
});
