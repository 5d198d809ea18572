import { makeFinding } from "../findings/makeFinding";
import { defaultRules, type Rules } from "../rules";
import { consolidate } from "./consolidate";
import { consolidationToJson } from "./consolidationJson";
import type { ConsolidationEntry, UnitValues } from "./types";

// Two indicators and one criterion keep the expected JSON readable.
const rules: Rules = {
  ...defaultRules,
  indicators: defaultRules.indicators.filter((i) => ["DV02", "XD01", "CL01"].includes(i.code)),
  criteria: [{ code: "TC1", label: "Tổng hợp", maxPoints: 100 }],
  awardRules: [],
};
const unit = (code: string, score: number, xd01Target: number | null): UnitValues => ({
  code,
  name: `=Công đoàn ${code}`,
  cluster: "Cụm 1",
  founded: null,
  indicators: {
    DV02: { target: null, actual: 40 },
    XD01: { target: xd01Target, actual: 3 },
    CL01: { target: null, actual: true },
  },
  criteria: { TC1: { self: score, appraised: null } },
});
const unreadable = makeFinding("file.unreadable", { file: "x.pdf" }, { reason: "không phải xlsx" });
const entries: ConsolidationEntry[] = [
  { file: "a.xlsx", unit: unit("CD01", 91.5, 2), findings: [], replacedBy: null },
  { file: "a-cu.xlsx", unit: unit("CD01", 70, 2), findings: [], replacedBy: "a.xlsx" },
  { file: "x.pdf", unit: null, findings: [unreadable], replacedBy: null },
];

describe("consolidationToJson", () => {
  const json = consolidationToJson(
    consolidate({ entries, period: { kind: "year", year: 2024 } }, rules),
  );

  it("writes the units of the contract, replacedBy only on a replaced unit", () => {
    expect(json.units).toEqual([
      {
        code: "CD01",
        name: "=Công đoàn CD01",
        cluster: "Cụm 1",
        file: "a.xlsx",
        status: "included",
        score: 91.5,
        rank: 1,
        clusterRank: 1,
        classification: "HTXS",
        reason: "Điểm 91,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ",
        awards: [],
      },
      {
        code: "CD01",
        name: "=Công đoàn CD01",
        cluster: "Cụm 1",
        file: "a-cu.xlsx",
        status: "replaced",
        replacedBy: "a.xlsx",
        score: null,
        rank: null,
        clusterRank: null,
        classification: null,
        reason: null,
        awards: [],
      },
      {
        code: null,
        name: null,
        cluster: null,
        file: "x.pdf",
        status: "rejected",
        score: null,
        rank: null,
        clusterRank: null,
        classification: null,
        reason: null,
        awards: [],
      },
    ]);
    expect("replacedBy" in json.units[0]!).toBe(false);
  });

  it("writes totals and attainment per code, leaving out what has no value", () => {
    expect(json.totals).toEqual({ DV02: 40, XD01: 3, CL01: 1 });
    expect(json.attainment).toEqual({ XD01: 1.5, CL01: 1 });
  });

  it("writes counts, quota, sentences and findings", () => {
    expect(json.classificationCounts).toEqual({ HTXS: 1, HTT: 0, HT: 0, KHT: 0, CXL: 0 });
    expect(json.quota).toEqual({ limit: 1, demoted: [] });
    expect(json.sentences[0]).toBe("Tổng hợp báo cáo của 1 CĐCS: 40 đoàn viên công đoàn.");
    expect(json.findings).toEqual([
      {
        file: "x.pdf",
        sheet: null,
        cell: null,
        code: "file.unreadable",
        severity: "error",
        message: "Tệp x.pdf: không đọc được (không phải xlsx).",
      },
    ]);
  });

  it("writes the proposals counted per award, every award, none without proposals", () => {
    expect(Object.keys(json)).toEqual([
      "units",
      "totals",
      "attainment",
      "classificationCounts",
      "quota",
      "sentences",
      "awardProposals",
      "findings",
    ]);
    expect(json.awardProposals["Giấy khen của CĐVC tỉnh"]).toEqual({
      collective: 0,
      individual: 0,
      collectiveThematic: 0,
      individualThematic: 0,
    });
    expect(Object.keys(json.awardProposals)).toHaveLength(rules.awards.length);
  });

  it("survives a JSON round trip unchanged (plain data, finite numbers)", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("writes a quota limit of null when the rules have none", () => {
    const noQuota = consolidationToJson(
      consolidate({ entries, period: null }, { ...rules, quota: null }),
    );
    expect(noQuota.quota).toEqual({ limit: null, demoted: [] });
  });
});
