import { parseRules } from "../rules/parseRules";
import { ExpectedUnitSchema, UnitListSchema, type ExpectedUnit } from "./expectedUnit";

const unit = (code: string, extra: Partial<ExpectedUnit> = {}): ExpectedUnit => ({
  code,
  name: `CĐCS ${code}`,
  membership: "direct",
  ...extra,
});

/** The findings of a rules file holding only this list, as "code@path". */
function findingsOf(units: unknown): string[] {
  return parseRules({ units }, "rules.json").findings.map((f) => `${f.code}@${f.cell}`);
}

describe("the list of expected units in the rules", () => {
  it("accepts a list with every field, and one with only the required ones", () => {
    const full = unit("CD001", {
      cluster: "Cụm 1",
      founded: "15/03/2010",
      membership: "member",
      contact: "0912 345 678",
    });
    expect(parseRules({ units: [full, unit("CD002")] }, "rules.json")).toEqual({
      rules: expect.objectContaining({ units: [full, unit("CD002")] }),
      findings: [],
    });
  });

  it("keeps the default empty list when the file gives none", () => {
    expect(parseRules({}, "rules.json").rules?.units).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    [
      "a code given twice, ignoring case and spaces",
      [unit("CD001"), unit(" cd001 ")],
      ["config.duplicate@units[1].code"],
    ],
    [
      "a founding date that is not dd/MM/yyyy",
      [unit("CD001", { founded: "2010-03-15" })],
      ["config.deadline-invalid@units[0].founded"],
    ],
    [
      "a founding date that does not exist",
      [unit("CD001", { founded: "31/02/2010" })],
      ["config.deadline-invalid@units[0].founded"],
    ],
    [
      "a membership that is neither direct nor member",
      [{ code: "CD001", name: "A", membership: "truc thuoc" }],
      ["config.not-allowed@units[0].membership"],
    ],
    [
      "a unit without name nor membership",
      [{ code: "CD001" }],
      ["config.missing@units[0].name", "config.missing@units[0].membership"],
    ],
    ["a blank code", [unit("  ")], ["config.invalid@units[0].code"]],
    ["an unknown key", [{ ...unit("CD001"), phone: "1" }], ["config.unknown-key@units[0].phone"]],
    [
      "a duplicate beside an entry of the wrong shape",
      [unit("CD001"), 5, unit("CD001", { founded: "1/1/2010" })],
      [
        "config.wrong-type@units[1]",
        "config.duplicate@units[2].code",
        "config.deadline-invalid@units[2].founded",
      ],
    ],
  ])("reports %s", (_name, units, expected) => {
    expect(findingsOf(units).sort()).toEqual([...expected].sort());
  });

  it("names the first entry in a duplicate's message", () => {
    const [finding] = parseRules({ units: [unit("CD001"), unit("CD001")] }, "rules.json").findings;
    expect(finding?.message).toContain("units[0].code");
  });

  it("checks one entry on its own with ExpectedUnitSchema", () => {
    expect(ExpectedUnitSchema.safeParse(unit("CD001")).success).toBe(true);
    expect(UnitListSchema.safeParse([unit("A"), unit("a")]).success).toBe(false);
  });
});
