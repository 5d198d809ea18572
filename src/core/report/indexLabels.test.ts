import { sheet } from "../../../test/support/grid";
import { indexLabels, labelKeys } from "./indexLabels";

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

  it("indexes only the wanted labels, found as they would be without the list", () => {
    const grid = sheet("S", [["Mã số:", "Tên"], ["Ghi  chú", "MÃ SỐ"], ["Đơn vị tính"]]);
    const wanted = labelKeys(["Mã số", "Ghi chú"]);
    const index = indexLabels(grid, wanted);
    expect([...index.keys()].sort()).toEqual(["ghi chu", "ma so"]);
    const all = indexLabels(grid);
    for (const key of wanted) expect(index.get(key)).toEqual(all.get(key));
  });
});
