import { catalogPhrase } from "./catalogPhrase";

describe("catalogPhrase", () => {
  it.each<[string, string, string]>([
    [
      "uses the indicator's own wording when the catalog has it",
      "DV02",
      "4.535 đoàn viên công đoàn",
    ],
    [
      "falls back to the generic wording for a configured indicator",
      "QX01",
      "quỹ: 4.535 triệu đồng",
    ],
  ])("%s", (_name, code, expected) => {
    expect(
      catalogPhrase("sentence.totals", code, "sentence.totals.generic", {
        value: "4.535",
        labelLower: "quỹ",
        unit: "triệu đồng",
      }),
    ).toBe(expected);
  });

  it("renders the English text when asked", () => {
    expect(
      catalogPhrase("sentence.totals", "DV02", "sentence.totals.generic", { value: "4.535" }, "en"),
    ).toBe("4.535 union members");
  });
});
