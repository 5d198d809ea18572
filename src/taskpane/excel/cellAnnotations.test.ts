import {
  annotationKind,
  cellKey,
  fillOf,
  fillProperties,
  restoreFill,
  sameColor,
} from "./cellAnnotations";
import { withExcelApi } from "./testing/requirements";

function recordingFill() {
  const calls: unknown[] = [];
  const fill = {
    clear: () => calls.push("clear"),
    set color(v: string) {
      calls.push(["color", v]);
    },
    set pattern(v: string) {
      calls.push(["pattern", v]);
    },
    set patternColor(v: string) {
      calls.push(["patternColor", v]);
    },
  };
  return { fill: fill as unknown as Excel.RangeFill, calls };
}

describe("cell annotations", () => {
  it.each([
    ["1.18", "note", ["color", "pattern", "patternColor"]],
    ["1.10", "comment", ["color", "pattern", "patternColor"]],
    ["1.8", "none", ["color"]],
  ])("with ExcelApi %s uses %s and reads %j", (version, kind, properties) => {
    withExcelApi(version, () => {
      expect(annotationKind()).toBe(kind);
      expect(fillProperties()).toEqual(properties);
    });
  });

  it.each([
    ["no fill", { color: "#FFFFFF", pattern: "None", patternColor: "#000000" }, ["clear"]],
    [
      "white, where the pattern cannot be read",
      { color: "#FFFFFF", pattern: null, patternColor: null },
      ["clear"],
    ],
    [
      "a solid colour",
      { color: "#00B050", pattern: "Solid", patternColor: "#000000" },
      [["color", "#00B050"]],
    ],
    [
      "a colour, where the pattern cannot be read",
      { color: "#00B050", pattern: null, patternColor: null },
      [["color", "#00B050"]],
    ],
    [
      "a pattern",
      { color: "#FFFF00", pattern: "Gray50", patternColor: "#FF0000" },
      [
        ["color", "#FFFF00"],
        ["pattern", "Gray50"],
        ["patternColor", "#FF0000"],
      ],
    ],
  ])("restores %s", (_name, before, expected) => {
    const { fill, calls } = recordingFill();
    restoreFill(fill, before);
    expect(calls).toEqual(expected);
  });

  it("reads only the fill properties that were loaded", () => {
    const fill = { color: "#ABCDEF", pattern: "Solid", patternColor: "#000000" } as Excel.RangeFill;
    expect(fillOf(fill, ["color"])).toEqual({
      color: "#ABCDEF",
      pattern: null,
      patternColor: null,
    });
    expect(fillOf(fill, ["color", "pattern", "patternColor"])).toEqual({
      color: "#ABCDEF",
      pattern: "Solid",
      patternColor: "#000000",
    });
  });

  it("compares colours and cells as Excel writes them", () => {
    expect(sameColor("#ffc7ce", "#FFC7CE")).toBe(true);
    expect(sameColor(null, "#FFC7CE")).toBe(false);
    expect(cellKey("BaoCao", "$F$14")).toBe(cellKey("baocao", "F14"));
  });
});
