import { classByScore, type ScoreClass } from "./classByScore";

const thresholds = { HTXS: 90, HTT: 70, HT: 50 };

describe("classByScore", () => {
  it.each<[string, number, ScoreClass]>([
    ["gives HTXS at 90 exactly", 90, { classification: "HTXS", threshold: 90, reached: true }],
    ["gives HTXS at 100", 100, { classification: "HTXS", threshold: 90, reached: true }],
    ["gives HTT at 89.99", 89.99, { classification: "HTT", threshold: 70, reached: true }],
    ["gives HTT at 70 exactly", 70, { classification: "HTT", threshold: 70, reached: true }],
    ["gives HT at 69.99", 69.99, { classification: "HT", threshold: 50, reached: true }],
    ["gives HT at 50 exactly", 50, { classification: "HT", threshold: 50, reached: true }],
    ["gives KHT below 50", 49.99, { classification: "KHT", threshold: 50, reached: false }],
    ["gives KHT at 0", 0, { classification: "KHT", threshold: 50, reached: false }],
    [
      "treats 0.1 + 0.2 noise below a threshold as reaching it",
      90 - 1e-12,
      { classification: "HTXS", threshold: 90, reached: true },
    ],
  ])("%s", (_name, score, expected) => {
    expect(classByScore(score, thresholds)).toEqual(expected);
  });

  it("follows configured thresholds", () => {
    expect(classByScore(92, { HTXS: 95, HTT: 80, HT: 60 }).classification).toBe("HTT");
  });
});
