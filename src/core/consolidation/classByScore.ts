import type { Rules } from "../rules";

/**
 * The classes a score alone can give.
 *
 * @example
 * const top: ScoreClassCode = "HTXS";
 */
export type ScoreClassCode = "HTXS" | "HTT" | "HT" | "KHT";

/**
 * The class a score reaches, and the threshold that decided it: the one reached, or for KHT
 * the HT threshold the score fell below.
 *
 * @example
 * const c: ScoreClass = { classification: "HTT", threshold: 70, reached: true };
 */
export interface ScoreClass {
  readonly classification: ScoreClassCode;
  readonly threshold: number;
  readonly reached: boolean;
}

// Scores are rounded to 2 decimals before they are compared; this only absorbs the binary
// noise of a sum that was not (the same tolerance ranking uses).
const EPSILON = 1e-9;

/**
 * The class by the score alone (DOMAIN.md, "Thresholds"): HTXS from the HTXS threshold on,
 * HTT from the HTT threshold, HT from the HT threshold, KHT below it. A score equal to a
 * threshold reaches it.
 *
 * @example
 * classByScore(92.5, { HTXS: 90, HTT: 70, HT: 50 }) // { classification: "HTXS", threshold: 90, reached: true }
 * classByScore(70, { HTXS: 90, HTT: 70, HT: 50 }) // { classification: "HTT", threshold: 70, reached: true }
 * classByScore(49.99, { HTXS: 90, HTT: 70, HT: 50 }) // { classification: "KHT", threshold: 50, reached: false }
 */
export function classByScore(score: number, thresholds: Rules["thresholds"]): ScoreClass {
  const steps: [ScoreClassCode, number][] = [
    ["HTXS", thresholds.HTXS],
    ["HTT", thresholds.HTT],
    ["HT", thresholds.HT],
  ];
  for (const [classification, threshold] of steps) {
    if (score >= threshold - EPSILON) return { classification, threshold, reached: true };
  }
  return { classification: "KHT", threshold: thresholds.HT, reached: false };
}
