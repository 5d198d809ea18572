import type { ClassCode, Rules } from "../rules";
import { quotaDemotions, type QuotaUnit } from "./quotaDemotions";

const quota: NonNullable<Rules["quota"]> = {
  class: "HTXS",
  share: 0.2,
  of: ["HTXS", "HTT"],
  rounding: "floor",
  min: 1,
};
const units = (...spec: [ClassCode, number][]): QuotaUnit[] =>
  spec.map(([classification, score]) => ({ classification, score }));
const htt = (n: number): [ClassCode, number][] =>
  Array.from({ length: n }, (): [ClassCode, number] => ["HTT", 75]);

describe("quotaDemotions", () => {
  it.each<
    [
      string,
      QuotaUnit[],
      { limit: number; base: number; before: number; demoted: { index: number; tied: boolean }[] },
    ]
  >([
    [
      "moves nobody when the HTXS units fit the limit",
      units(["HTXS", 95], ...htt(4)),
      { limit: 1, base: 5, before: 1, demoted: [] },
    ],
    [
      "moves the lowest-ranked HTXS units past the limit (20% of 10 = 2)",
      units(["HTXS", 91], ["HTXS", 96], ["HTXS", 93], ...htt(7)),
      { limit: 2, base: 10, before: 3, demoted: [{ index: 0, tied: false }] },
    ],
    [
      "moves units tied at the limit's edge together, leaving fewer than the limit",
      units(["HTXS", 96], ["HTXS", 93], ["HTXS", 93], ["HTXS", 91], ...htt(6)),
      {
        limit: 2,
        base: 10,
        before: 4,
        demoted: [
          { index: 1, tied: true },
          { index: 2, tied: true },
          { index: 3, tied: false },
        ],
      },
    ],
    [
      "leaves no HTXS at all when the tie is at the top",
      units(["HTXS", 95], ["HTXS", 95], ...htt(3)),
      {
        limit: 1,
        base: 5,
        before: 2,
        demoted: [
          { index: 0, tied: true },
          { index: 1, tied: true },
        ],
      },
    ],
    [
      "keeps the minimum of 1 when 20% rounds down to 0",
      units(["HTXS", 95], ["HTXS", 92], ["HTT", 80]),
      { limit: 1, base: 3, before: 2, demoted: [{ index: 1, tied: false }] },
    ],
    [
      "counts HTT and HTXS only: HT, KHT and CXL do not widen the limit",
      units(["HTXS", 95], ["HTXS", 92], ["HT", 60], ["KHT", 40], ["CXL", 99], ...htt(3)),
      { limit: 1, base: 5, before: 2, demoted: [{ index: 1, tied: false }] },
    ],
    [
      "keeps a tie that fits the limit exactly",
      units(["HTXS", 95], ["HTXS", 95], ["HTXS", 90], ...htt(12)),
      { limit: 3, base: 15, before: 3, demoted: [] },
    ],
  ])("%s", (_name, input, expected) => {
    expect(quotaDemotions(input, quota)).toEqual(expected);
  });

  it("splits a tie at the edge with tie-breakers when the units carry them", () => {
    const input: QuotaUnit[] = [
      { classification: "HTXS", score: 93, tieBreakers: [15] },
      { classification: "HTXS", score: 93, tieBreakers: [18] },
      ...units(...htt(3)),
    ];
    expect(quotaDemotions(input, quota).demoted).toEqual([{ index: 0, tied: false }]);
  });

  it("honours a share of HTXS units only", () => {
    const own = { ...quota, share: 0.5, of: ["HTXS" as const] };
    const input = units(["HTXS", 99], ["HTXS", 98], ["HTXS", 97], ["HTXS", 96], ...htt(20));
    expect(quotaDemotions(input, own)).toMatchObject({ limit: 2, base: 4 });
  });

  it("moves nobody without a quota", () => {
    expect(quotaDemotions(units(["HTXS", 99], ["HTXS", 98]), null)).toEqual({
      limit: null,
      base: 0,
      before: 0,
      demoted: [],
    });
  });
});
