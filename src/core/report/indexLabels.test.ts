import { sheet } from "../../../test/support/grid";
import { indexLabels } from "./indexLabels";

describe("indexLabels", () => {
  it("lists each label's cells in reading order, keyed without case, diacritics or colon", () => {
    const index = indexLabels(sheet("S", [[null, "Mã số"], undefined, ["MA SO:", 5, "Ghi chú"]]));
    expect(index.get("ma so")).toEqual([
      { row: 0, col: 1 },
      { row: 2, col: 0 },
    ]);
    expect(index.get("ghi chu")).toEqual([{ row: 2, col: 2 }]);
    expect(index.has("5")).toBe(false);
  });

  it("does not index long texts, which are never labels", () => {
    expect(indexLabels(sheet("S", [["Ghi chú ".repeat(20)]])).size).toBe(0);
  });
});
