import { basename } from "node:path";
import { stat } from "node:fs/promises";
import {
  checkPreviousPeriod,
  comparePeriods,
  periodResultOf,
  type PeriodComparison,
  type PeriodResult,
} from "../../core/comparison";
import type { ConsolidationResult } from "../../core/consolidation";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import type { Rules } from "../../core/rules";
import { findingLines } from "./findingLines";
import { readResultFiles } from "./readResultFiles";

/**
 * `--previous F`: the previous period's result workbook read back, before any report is read
 * (a wrong file costs nothing). `null` after printing why it cannot be used: not there, not a
 * result workbook of this tool, or damaged.
 */
export async function readPreviousOption(path: string, lang: Lang): Promise<PeriodResult | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) {
    printProblem(path, [makeFinding("input.missing", { file: path }, {}, lang)], lang);
    return null;
  }
  const file = { path, name: basename(path), size: info.size };
  const { results, findings } = await readResultFiles([file], lang);
  const previous = results[0];
  if (!previous) {
    printProblem(path, findings, lang);
    return null;
  }
  return previous;
}

/**
 * The consolidation just made compared with the previous period; `null` after printing why
 * they cannot be compared (the same period, or no current period). A warning (a previous
 * period that ends later) is printed and the comparison made.
 */
export function compareWithPrevious(
  previous: PeriodResult,
  result: ConsolidationResult,
  rules: Rules,
  lang: Lang,
): PeriodComparison | null {
  const current = periodResultOf(result, rules, "");
  const findings = checkPreviousPeriod(previous.period, result.period, previous.source, lang);
  if (findings.length > 0) {
    const stop = current === null || findings.some((f) => f.severity === "error");
    printProblem(previous.source, findings, lang, stop);
    if (stop) return null;
  }
  return comparePeriods(previous, current!, lang);
}

function printProblem(file: string, findings: readonly Finding[], lang: Lang, heading = true) {
  const lines = [
    ...(heading ? [text("comparison.cli.previous-bad", lang, { file })] : []),
    ...findingLines(findings, lang),
  ];
  process.stderr.write(lines.join("\n") + "\n");
}
