import { consolidate, fromBatch } from "../../core/consolidation";
import { defaultRules } from "../../core/rules";
import { validateBatch } from "../../core/validation";
import { checkWorkbook } from "../../workbook/checkWorkbook";
import { sampleBytes, sampleNames } from "../worker/testSamples";
import { classSummary } from "./classSummary";

const resultIn = (lang: "vi" | "en") => {
  const entries = sampleNames().map((name) =>
    checkWorkbook(sampleBytes(name), name, defaultRules, lang),
  );
  return consolidate(
    fromBatch(entries, validateBatch(entries, defaultRules, { lang })),
    defaultRules,
    { lang },
  );
};

describe("classSummary", () => {
  it("counts the samples' files by outcome: 8 consolidated, 4 rejected, 1 replaced", () => {
    expect(classSummary(resultIn("vi"), "vi").files).toEqual({
      total: 13,
      included: 8,
      rejected: 4,
      replaced: 1,
    });
  });

  it("lists every class best first with its label and count, zeros included", () => {
    const result = resultIn("vi");
    const summary = classSummary(result, "vi");
    expect(summary.classes.map((c) => c.code)).toEqual(["HTXS", "HTT", "HT", "KHT", "CXL"]);
    expect(summary.classes.map((c) => c.count)).toEqual(
      ["HTXS", "HTT", "HT", "KHT", "CXL"].map((code) => result.classificationCounts[code as "HT"]),
    );
    expect(summary.classes.find((c) => c.code === "HTT")).toEqual({
      code: "HTT",
      label: "Hoàn thành tốt nhiệm vụ",
      count: 5,
    });
    expect(summary.classes.find((c) => c.code === "CXL")?.count).toBe(1);
  });

  it("labels the classes in English and keeps the result's sentences", () => {
    const result = resultIn("en");
    const summary = classSummary(result, "en");
    expect(summary.classes[1]?.label).toBe("Tasks completed well");
    expect(summary.sentences).toBe(result.sentences);
  });
});
