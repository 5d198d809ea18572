import { defaultRules } from "./defaultRules";
import { issueToFindings } from "./issueToFindings";
import { RulesSchema } from "./schema";

function findingsFor(patch: Record<string, unknown>, lang: "vi" | "en" = "vi") {
  const result = RulesSchema.safeParse({ ...defaultRules, ...patch }, { reportInput: true });
  if (result.success) throw new Error("expected an invalid config");
  return result.error.issues.flatMap((issue) => issueToFindings(issue, "cauhinh.json", lang));
}

describe("issueToFindings", () => {
  it("points at the JSON path and the config file, with no sheet", () => {
    expect(findingsFor({ cxl: { minMonthsBeforePeriodEnd: "6" } })).toEqual([
      {
        code: "config.wrong-type",
        severity: "error",
        file: "cauhinh.json",
        sheet: null,
        cell: "cxl.minMonthsBeforePeriodEnd",
        message:
          'Tệp cấu hình cauhinh.json, mục cxl.minMonthsBeforePeriodEnd: gặp "6", cần một số.',
        hint: "Sửa lại theo mẫu rules.example.json (lệnh `cdvc rules` ghi ra bộ quy tắc mặc định).",
        params: {
          path: "cxl.minMonthsBeforePeriodEnd",
          seen: '"6"',
          expected: "một số",
        },
      },
    ]);
  });

  it("makes one finding per unknown key", () => {
    const findings = findingsFor({ limits: { maxFileMB: 20, maxInflatedMB: 100, maxMB: 5, x: 1 } });
    expect(findings.map((f) => [f.code, f.cell, f.params?.key])).toEqual([
      ["config.unknown-key", "limits.maxMB", '"maxMB"'],
      ["config.unknown-key", "limits.x", '"x"'],
    ]);
  });

  it("points inside the one shape of a union the keys match", () => {
    const findings = findingsFor({
      awardRules: [{ ...defaultRules.awardRules[2], limit: { share: 30, of: "classified" } }],
    });
    expect(findings.map((f) => [f.code, f.cell, f.params?.expected])).toEqual([
      ["config.out-of-range", "awardRules[0].limit.share", "một số ≤ 1"],
    ]);
  });

  it("lists a union's shapes when the keys match none of them", () => {
    const findings = findingsFor({ tieBreakers: [{ criterion: "TC1", indicator: "XD01" }] });
    expect(findings.map((f) => [f.code, f.cell, f.params?.expected])).toEqual([
      ["config.invalid", "tieBreakers[0]", '{"criterion": "TC1"} hoặc {"indicator": "XD01"}'],
    ]);
  });

  it("reports a missing union as missing, naming its shapes", () => {
    const { limit: _limit, ...withoutLimit } = defaultRules.awardRules[2]!;
    const findings = findingsFor({ awardRules: [withoutLimit] });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["config.missing", "awardRules[0].limit"],
    ]);
    expect(findings[0]?.message).toContain('cần {"count": 10}');
  });

  it("shows a long text cut short, a long object by what it is, short values as written", () => {
    const label = "x".repeat(200);
    const [text] = findingsFor({ formVersion: { label } });
    expect(text?.params?.seen).toBe("một đối tượng {…}");
    const [list] = findingsFor({ formVersion: ["CDVC-BC 1"] });
    expect(list?.params?.seen).toBe('["CDVC-BC 1"]');
    const [number] = findingsFor({ period: 2024 });
    expect(number?.params?.seen).toBe("2024");
    const [cut] = findingsFor({ thresholds: { HTXS: label, HTT: 70, HT: 50 } });
    expect(cut?.params?.seen).toBe(`"${"x".repeat(57)}…"`);
  });

  it("writes the same finding in English when asked", () => {
    expect(findingsFor({ caps: [{ indicator: "CL01", maxClass: "HT" }] }, "en")).toMatchObject([
      {
        code: "config.missing",
        cell: "caps[0].when",
        message:
          'Config file cauhinh.json, item caps[0].when: the value is missing, expected one of the values "not-met".',
        hint: "Add the item caps[0].when after rules.example.json.",
      },
    ]);
  });
});
