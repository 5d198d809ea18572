import type { Period } from "../period";
import { defaultRules, type ClassCode } from "../rules";
import { classifyUnits, type ClassifiableUnit } from "./classifyUnits";
import type { ReasonCode } from "./types";

const year2024: Period = { kind: "year", year: 2024 };
const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));

function unit(
  code: string,
  score: number,
  options: { founded?: Date; conference?: boolean | null } = {},
): ClassifiableUnit {
  return {
    code,
    score,
    founded: options.founded ?? null,
    indicators: {
      CL01: { target: null, actual: options.conference === undefined ? true : options.conference },
    },
  };
}
const htt = (n: number, prefix = "T") =>
  Array.from({ length: n }, (_, i) => unit(`${prefix}${i + 1}`, 80));

type Expected = [code: string, classification: ClassCode, reasonCode: ReasonCode, reason: string];

function outcomes(units: ClassifiableUnit[], period: Period | null = year2024): Expected[] {
  return classifyUnits(units, defaultRules, period).units.map((u) => [
    u.code,
    u.classification,
    u.reasonCode,
    u.reason,
  ]);
}

describe("classifyUnits: each rule alone", () => {
  it.each<[string, ClassifiableUnit, Expected]>([
    [
      "gives HTXS from 90 on",
      unit("A", 92.5),
      ["A", "HTXS", "classification.threshold", "Điểm 92,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ"],
    ],
    [
      "gives HTT from 70 on",
      unit("A", 75),
      ["A", "HTT", "classification.threshold", "Điểm 75,00 ≥ 70: hoàn thành tốt nhiệm vụ"],
    ],
    [
      "gives HT at exactly 50",
      unit("A", 50),
      ["A", "HT", "classification.threshold", "Điểm 50,00 ≥ 50: hoàn thành nhiệm vụ"],
    ],
    [
      "gives KHT below 50",
      unit("A", 49.99),
      ["A", "KHT", "classification.threshold", "Điểm 49,99 < 50: không hoàn thành nhiệm vụ"],
    ],
    [
      "does not classify a unit founded less than 6 months before the period end",
      unit("A", 95, { founded: day(1, 9, 2024) }),
      [
        "A",
        "CXL",
        "classification.cxl",
        "Thành lập 01/09/2024, chưa đủ 6 tháng đến cuối kỳ: chưa xếp loại",
      ],
    ],
    [
      "classifies a unit founded six whole months before the period end",
      unit("A", 95, { founded: day(1, 7, 2024) }),
      ["A", "HTXS", "classification.threshold", "Điểm 95,00 ≥ 90: hoàn thành xuất sắc nhiệm vụ"],
    ],
    [
      "caps at HT a unit that did not hold its employees' conference (CL01 = Không)",
      unit("A", 92.5, { conference: false }),
      [
        "A",
        "HT",
        "classification.cap",
        "Điểm 92,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Không tổ chức Hội nghị CBCCVC (CL01): tối đa HT",
      ],
    ],
    [
      "caps at HT a unit with no answer for CL01",
      unit("A", 75, { conference: null }),
      [
        "A",
        "HT",
        "classification.cap",
        "Điểm 75,00 ≥ 70: hoàn thành tốt nhiệm vụ. Tổ chức Hội nghị CBCCVC (CL01) không có số liệu: tối đa HT",
      ],
    ],
    [
      "does not mention a cap that changes nothing (KHT without conference)",
      unit("A", 40, { conference: false }),
      ["A", "KHT", "classification.threshold", "Điểm 40,00 < 50: không hoàn thành nhiệm vụ"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(outcomes([input])).toEqual([expected]);
  });
});

describe("classifyUnits: rules in combination", () => {
  it("applies CXL before caps: a young unit without conference is CXL, not HT", () => {
    expect(outcomes([unit("A", 95, { founded: day(1, 10, 2024), conference: false })])).toEqual([
      [
        "A",
        "CXL",
        "classification.cxl",
        "Thành lập 01/10/2024, chưa đủ 6 tháng đến cuối kỳ: chưa xếp loại",
      ],
    ]);
  });

  it("counts the quota after caps: a capped unit no longer widens the limit", () => {
    // Before caps 3 HTXS + 7 HTT = 10 would allow 2; after A's cap 9 allow 1, so C moves.
    const result = classifyUnits(
      [unit("A", 96, { conference: false }), unit("B", 94), unit("C", 92), ...htt(7)],
      defaultRules,
      year2024,
    );
    expect(result.quota).toEqual({ limit: 1, base: 9, before: 2, demoted: ["C"] });
    expect(result.units.slice(0, 3).map((u) => [u.code, u.classification, u.reason])).toEqual([
      [
        "A",
        "HT",
        "Điểm 96,00 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Không tổ chức Hội nghị CBCCVC (CL01): tối đa HT",
      ],
      ["B", "HTXS", "Điểm 94,00 ≥ 90: hoàn thành xuất sắc nhiệm vụ"],
      [
        "C",
        "HTT",
        "Điểm 92,00 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Vượt chỉ tiêu 20% HTXS (giới hạn 1), hạ xuống HTT",
      ],
    ]);
    expect(result.units[2]?.reasonCode).toBe("classification.quota");
  });

  it("moves the lowest-ranked HTXS units past 20% of HTT + HTXS (15 units: limit 3)", () => {
    const result = classifyUnits(
      [unit("A", 99), unit("B", 91), unit("C", 97), unit("D", 93), unit("E", 95), ...htt(10)],
      defaultRules,
      year2024,
    );
    expect(result.quota).toEqual({ limit: 3, base: 15, before: 5, demoted: ["D", "B"] });
    expect(result.units.slice(0, 5).map((u) => u.classification)).toEqual([
      "HTXS",
      "HTT",
      "HTXS",
      "HTT",
      "HTXS",
    ]);
  });

  it("moves units tied at the limit's edge together, leaving fewer HTXS than the limit", () => {
    const result = classifyUnits(
      [unit("A", 97), unit("B", 93.5), unit("C", 93.5), unit("D", 91), ...htt(11)],
      defaultRules,
      year2024,
    );
    expect(result.quota).toEqual({ limit: 3, base: 15, before: 4, demoted: ["D"] });
    const tied = classifyUnits(
      [unit("A", 97), unit("B", 93.5), unit("C", 93.5), ...htt(7)],
      defaultRules,
      year2024,
    );
    expect(tied.quota).toEqual({ limit: 2, base: 10, before: 3, demoted: ["B", "C"] });
    expect(tied.units.slice(0, 3).map((u) => [u.classification, u.reasonCode, u.reason])).toEqual([
      ["HTXS", "classification.threshold", "Điểm 97,00 ≥ 90: hoàn thành xuất sắc nhiệm vụ"],
      [
        "HTT",
        "classification.quota-tie",
        "Điểm 93,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Đồng điểm 93,50 ở ranh giới chỉ tiêu 20% HTXS (giới hạn 2), hạ xuống HTT",
      ],
      [
        "HTT",
        "classification.quota-tie",
        "Điểm 93,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Đồng điểm 93,50 ở ranh giới chỉ tiêu 20% HTXS (giới hạn 2), hạ xuống HTT",
      ],
    ]);
  });

  it("leaves no HTXS at all when the units tied at the top exceed the limit", () => {
    const result = classifyUnits([unit("A", 95), unit("B", 95), ...htt(3)], defaultRules, year2024);
    expect(result.quota).toEqual({ limit: 1, base: 5, before: 2, demoted: ["A", "B"] });
    expect(result.units.map((u) => u.classification)).toEqual(["HTT", "HTT", "HTT", "HTT", "HTT"]);
  });

  it("keeps one HTXS with few units thanks to the minimum of 1", () => {
    const result = classifyUnits([unit("A", 95), unit("B", 80)], defaultRules, year2024);
    expect(result.quota).toEqual({ limit: 1, base: 2, before: 1, demoted: [] });
    expect(result.units.map((u) => u.classification)).toEqual(["HTXS", "HTT"]);
  });

  it("keeps CXL units out of the quota though their score is highest", () => {
    const result = classifyUnits(
      [unit("Y", 99, { founded: day(1, 11, 2024) }), unit("A", 95), unit("B", 92), ...htt(3)],
      defaultRules,
      year2024,
    );
    expect(result.quota).toEqual({ limit: 1, base: 5, before: 2, demoted: ["B"] });
    expect(result.units.slice(0, 3).map((u) => u.classification)).toEqual(["CXL", "HTXS", "HTT"]);
  });

  it("applies CXL, caps and quota in one batch", () => {
    const result = classifyUnits(
      [
        unit("N", 98, { founded: day(15, 8, 2024) }),
        unit("K", 97, { conference: false }),
        unit("A", 95),
        unit("B", 91),
        unit("L", 45),
        ...htt(2),
      ],
      defaultRules,
      year2024,
    );
    expect(result.units.map((u) => [u.code, u.classification, u.reasonCode])).toEqual([
      ["N", "CXL", "classification.cxl"],
      ["K", "HT", "classification.cap"],
      ["A", "HTXS", "classification.threshold"],
      ["B", "HTT", "classification.quota"],
      ["L", "KHT", "classification.threshold"],
      ["T1", "HTT", "classification.threshold"],
      ["T2", "HTT", "classification.threshold"],
    ]);
    expect(result.quota).toEqual({ limit: 1, base: 4, before: 2, demoted: ["B"] });
  });

  it("classifies every unit when the period is unknown (CXL cannot be judged)", () => {
    expect(outcomes([unit("A", 95, { founded: day(1, 12, 2024) })], null)[0]?.[1]).toBe("HTXS");
  });

  it("moves nobody when the rules have no quota", () => {
    const result = classifyUnits(
      [unit("A", 95), unit("B", 95), unit("C", 99)],
      { ...defaultRules, quota: null },
      year2024,
    );
    expect(result.quota).toEqual({ limit: null, base: 0, before: 0, demoted: [] });
    expect(result.units.map((u) => u.classification)).toEqual(["HTXS", "HTXS", "HTXS"]);
  });

  it("uses the configured thresholds, months and quota share", () => {
    const rules = {
      ...defaultRules,
      thresholds: { HTXS: 95, HTT: 80, HT: 60 },
      cxl: { minMonthsBeforePeriodEnd: 3 },
      quota: { ...defaultRules.quota!, share: 0.5 },
    };
    const result = classifyUnits(
      [
        unit("A", 96),
        unit("B", 96),
        unit("C", 94),
        unit("D", 59),
        unit("E", 90, { founded: day(1, 9, 2024) }),
      ],
      rules,
      year2024,
    );
    expect(result.units.map((u) => u.classification)).toEqual([
      "HTXS",
      "HTXS",
      "HTT",
      "KHT",
      "HTT",
    ]);
    expect(result.units[0]?.reason).toBe("Điểm 96,00 ≥ 95: hoàn thành xuất sắc nhiệm vụ");
  });

  it("writes the reasons in English when asked", () => {
    const result = classifyUnits(
      [unit("A", 92.5, { conference: false })],
      defaultRules,
      year2024,
      "en",
    );
    expect(result.units[0]?.reason).toBe(
      "Score 92,50 ≥ 90: completed their tasks with excellence. Tổ chức Hội nghị CBCCVC (CL01) answered No: at most HT",
    );
  });

  it("keeps each step's parameters so a reason can be rendered again", () => {
    const result = classifyUnits([unit("A", 92.5, { conference: false })], defaultRules, year2024);
    expect(result.units[0]?.steps.map((s) => [s.code, s.params])).toEqual([
      [
        "classification.threshold",
        { score: "92,50", threshold: "90", classPhrase: "hoàn thành xuất sắc nhiệm vụ" },
      ],
      [
        "classification.cap",
        {
          indicator: "CL01",
          label: "Tổ chức Hội nghị CBCCVC",
          labelLower: "tổ chức Hội nghị CBCCVC",
          maxClass: "HT",
        },
      ],
    ]);
  });
});
