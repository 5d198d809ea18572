import { rowsWithDefinitions } from "./rowsWithDefinitions";

describe("rowsWithDefinitions", () => {
  it("pairs every row of a configured code, repeats included, and leaves unknown codes out", () => {
    const rows = [
      { code: "TC1", row: 4 },
      { code: "TC9", row: 5 },
      { code: "TC1", row: 12 },
    ];
    expect(
      rowsWithDefinitions(rows, [
        { code: "tc1", maxPoints: 15 },
        { code: "TC2", maxPoints: 20 },
      ]),
    ).toEqual([
      { definition: { code: "tc1", maxPoints: 15 }, row: { code: "TC1", row: 4 } },
      { definition: { code: "tc1", maxPoints: 15 }, row: { code: "TC1", row: 12 } },
    ]);
  });
});
