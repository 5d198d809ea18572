import { sheet } from "../../../test/support/grid";
import { tableRowAt } from "./tableRowAt";

describe("tableRowAt", () => {
  it("gives every column its address and cell, blank ones included", () => {
    const s = sheet("ChamDiem", [[], [null, "TC1", 14]]);
    expect(tableRowAt(s, 1, { code: 1, self: 2, note: 5 })).toEqual({
      row: 2,
      cells: {
        code: { sheet: "ChamDiem", address: "B2", cell: { t: "s", v: "TC1" } },
        self: { sheet: "ChamDiem", address: "C2", cell: { t: "n", v: 14 } },
        note: { sheet: "ChamDiem", address: "F2", cell: undefined },
      },
    });
  });

  it("reads a row the sheet does not have as blank cells", () => {
    expect(tableRowAt(sheet("S", []), 4, { code: 0 }).cells.code).toEqual({
      sheet: "S",
      address: "A5",
      cell: undefined,
    });
  });
});
