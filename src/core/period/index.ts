/** Reporting periods: reading "Năm 2024" and its kin, writing them, their keys and bounds. */
export { parsePeriod } from "./parsePeriod";
export type { Period } from "./period";
export { formatPeriod } from "./formatPeriod";
export { periodKey } from "./periodKey";
export { periodEnd, periodStart } from "./periodBounds";
