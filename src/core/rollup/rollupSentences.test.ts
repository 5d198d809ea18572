import { defaultRules } from "../rules";
import { rollupSentences } from "./rollupSentences";

const none = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 };

describe("rollupSentences", () => {
  it("says of a source without classified units that none was classified", () => {
    const sentences = rollupSentences(
      {
        units: 0,
        counts: none,
        totals: {},
        sources: [{ source: "CDVC-A", units: 0, counts: none }],
      },
      defaultRules,
    );
    expect(sentences).toEqual([
      "Chưa có CĐCS nào được xếp loại chất lượng.",
      "Theo từng đơn vị: CDVC-A 0 CĐCS (chưa có CĐCS nào được xếp loại).",
    ]);
  });

  it("writes English for the interface", () => {
    const sentences = rollupSentences(
      {
        units: 3,
        counts: { ...none, HTT: 3 },
        totals: { DV02: { actual: 120, target: null, attainment: null, reporting: 3 } },
        sources: [{ source: "A", units: 3, counts: { ...none, HTT: 3 } }],
      },
      defaultRules,
      "en",
    );
    expect(sentences.at(-1)).toBe("By source: A 3 units (03 completed their tasks well).");
  });
});
