import { definitionsByCode } from "./definitionsByCode";

describe("definitionsByCode", () => {
  it("finds each definition by its upper-cased code, the last of a repeated one", () => {
    const definitions = [
      { code: "tc1", maxPoints: 15 },
      { code: "TC2", maxPoints: 20 },
      { code: "TC2", maxPoints: 5 },
    ];
    const byCode = definitionsByCode(definitions);
    expect(byCode.get("TC1")).toBe(definitions[0]);
    expect(byCode.get("TC2")).toBe(definitions[2]);
    expect(byCode.get("tc1")).toBeUndefined();
    expect(byCode.size).toBe(2);
  });

  it("builds the lookup once per array of definitions, and one per array", () => {
    const first = [{ code: "DV01" }];
    const second = [{ code: "DV01" }];
    expect(definitionsByCode(first)).toBe(definitionsByCode(first));
    expect(definitionsByCode(second)).not.toBe(definitionsByCode(first));
    expect(definitionsByCode(second).get("DV01")).toBe(second[0]);
  });
});
