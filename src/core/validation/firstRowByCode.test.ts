import { firstRowByCode } from "./firstRowByCode";

describe("firstRowByCode", () => {
  it("keeps the first row of a repeated code", () => {
    const rows = [
      { code: "DV01", row: 12 },
      { code: "DV02", row: 13 },
      { code: "DV01", row: 36 },
    ];
    expect([...firstRowByCode(rows).entries()]).toEqual([
      ["DV01", { code: "DV01", row: 12 }],
      ["DV02", { code: "DV02", row: 13 }],
    ]);
  });
});
