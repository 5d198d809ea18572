import { markRecordText, parseMarkRecord } from "./markRecord";

const mark = {
  sheet: "BaoCao",
  cell: "F14",
  ours: "#FFC7CE",
  before: { color: "#FFFFFF", pattern: "None", patternColor: "#000000" },
  note: true,
  commentId: null,
};

describe("parseMarkRecord", () => {
  it("reads back the record markFindings writes, as text or as a value", () => {
    const record = { version: 1 as const, cells: [mark] };
    expect(parseMarkRecord(markRecordText(record))).toEqual(record);
    expect(parseMarkRecord(record)).toEqual(record);
  });

  it.each([
    ["nothing", null],
    ["text that is not JSON", "cdvc"],
    ["JSON of something else", "[1, 2]"],
    ["another version", { version: 2, cells: [] }],
    ["a cell without its earlier fill", { version: 1, cells: [{ ...mark, before: undefined }] }],
  ])("refuses %s", (_name, value) => {
    expect(parseMarkRecord(value)).toBeNull();
  });
});
