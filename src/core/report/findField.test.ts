import { formula, sheet } from "../../../test/support/grid";
import { findField } from "./findField";
import { indexLabels } from "./indexLabels";

function field(rows: Parameters<typeof sheet>[1], label = "Mã đơn vị") {
  const s = sheet("BaoCao", rows);
  return findField(s, indexLabels(s), label);
}

describe("findField", () => {
  it.each([
    ["the next cell", [["Mã đơn vị", "CD001"]], "B1"],
    ["past blank and space-only cells", [[null, "Mã đơn vị:", null, " ", "CD001"]], "E1"],
    ["on a lower row", [[], [], [null, "MA DON VI", "CD001"]], "C3"],
    ["a formula never computed", [["Mã đơn vị", formula("A9")]], "B1"],
  ])("takes the value in %s", (_name, rows, address) => {
    expect(field(rows)?.value?.address).toBe(address);
  });

  it("keeps the label cell and a null value when nothing is right of the label", () => {
    expect(field([[], [null, "Mã đơn vị", null]])).toEqual({
      label: { sheet: "BaoCao", address: "B2", cell: { t: "s", v: "Mã đơn vị" } },
      value: null,
    });
  });

  it("does not look at other rows or to the left", () => {
    expect(
      field([
        ["CD001", "Mã đơn vị"],
        [null, null, "CD002"],
      ])?.value,
    ).toBeNull();
  });

  it("returns null when no cell holds the label", () => {
    expect(field([["Mã số", "CD001"]])).toBeNull();
  });
});
