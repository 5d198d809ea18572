import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import { formatVietnameseDate, parseVietnameseDate } from "../numbers";
import {
  formatPeriod,
  parsePeriod,
  periodEnd,
  periodKey,
  periodStart,
  type Period,
} from "../period";
import { keepsUnitOut } from "../proposals";
import type { Rules } from "../rules";
import { unitListFindings } from "./unitListFindings";
import type { UnitHeader, ValidatedUnit } from "./validatedUnit";

/**
 * One file given to a batch: what validating it gave (its unit with figures, or with its header
 * only when those were not read), or only findings when it could not be read.
 */
export interface BatchEntry<Unit extends UnitHeader = ValidatedUnit> {
  readonly file: string;
  readonly result:
    | { readonly unit: Unit | null; readonly findings: readonly Finding[] }
    | { readonly unit?: never; readonly findings: readonly Finding[] };
}

/**
 * Whether a file has errors, only warnings, or nothing at all: the worst severity of its
 * findings. Errors keep the unit out, except errors on rows of the proposals sheet, which
 * drop those rows only: a file with only such errors is `errors` and yet `included`.
 */
export type FileStatus = "ok" | "warnings" | "errors";

/** One file of a batch after the checks across files. */
export interface BatchFile {
  readonly file: string;
  readonly status: FileStatus;
  /** The unit the file declares; `period` as the canonical text when it reads, else as written. */
  readonly unit: {
    readonly code: string;
    readonly name: string;
    readonly period: string | null;
  } | null;
  readonly findings: Finding[];
  /** The file whose later copy of the same unit replaces this one (names joined when several tie). */
  readonly replacedBy: string | null;
  /**
   * Whether the file's unit goes into the consolidation: a unit, no error that keeps it out
   * (keepsUnitOut: any error but one on a proposal row), not replaced.
   */
  readonly included: boolean;
}

/** What {@link validateBatch} returns. */
export interface BatchValidation {
  /** The period the batch is checked against, as canonical text; null when none is known. */
  readonly expectedPeriod: string | null;
  /** Every input entry, exactly once, in input order. */
  readonly files: BatchFile[];
  /** Problems with the options themselves (an unreadable period or deadline); no file, no sheet. */
  readonly findings: Finding[];
}

/** Options of {@link validateBatch}; `period` and `deadline` override the rules' own. */
export interface BatchOptions {
  readonly period?: string;
  readonly deadline?: string;
  readonly lang?: Lang;
}

/**
 * The checks across the files of one batch (DOMAIN.md): the expected period is the given one
 * (option, else the rules'), otherwise the period most files declare, the latest on a tie; a
 * file of another period is an error (`period.mismatch`, at its Kỳ báo cáo); a report dated
 * after the deadline is a warning (`report.late`, at its Ngày báo cáo); of two workbooks from
 * the same unit code the later report date is used and the other gets `unit.replaced` (a
 * warning naming the file that replaced it), while equal report dates are an error on both
 * (`unit.duplicate`); with a list of expected units in the rules, a code not on it or a name
 * other than its own is a warning (unitListFindings). Files of another period take no part in
 * the duplicate check. Every entry appears once, in input order, whatever happened to it.
 *
 * @example
 * const batch = validateBatch(
 *   [{ file: "a.xlsx", result: validateWorkbook(a, "a.xlsx", defaultRules) },
 *    { file: "hong.xlsx", result: { findings: [unreadable] } }],
 *   defaultRules, { deadline: "15/12/2024" });
 * batch.expectedPeriod // "Năm 2024"
 * batch.files.map((f) => f.status) // ["ok", "errors"]
 */
export function validateBatch(
  entries: readonly BatchEntry<UnitHeader>[],
  rules: Rules,
  options: BatchOptions = {},
): BatchValidation {
  const lang = options.lang ?? "vi";
  const batchFindings: Finding[] = [];
  const units = entries.map((entry) => entry.result.unit ?? null);
  const findings = entries.map((entry) => [...entry.result.findings]);

  const expected = expectedPeriod(options.period ?? rules.period, units, (text) =>
    batchFindings.push(makeFinding("batch.period-invalid", { file: "" }, { text }, lang)),
  );
  const deadlineText = options.deadline ?? rules.deadline;
  const deadline = deadlineText === undefined ? null : parseVietnameseDate(deadlineText);
  if (deadlineText !== undefined && !deadline) {
    batchFindings.push(
      makeFinding("batch.deadline-invalid", { file: "" }, { text: deadlineText }, lang),
    );
  }

  const inPeriod = units.map((unit, i) => {
    if (!unit?.period || !expected || periodKey(unit.period) === periodKey(expected)) return true;
    const where = { file: entries[i]!.file, ...valueCell(unit, "period") };
    const params = { period: unit.periodText, expected: formatPeriod(expected) };
    findings[i]!.push(makeFinding("period.mismatch", where, params, lang));
    return false;
  });

  units.forEach((unit, i) => {
    if (!unit?.reportDate || !deadline || unit.reportDate.getTime() <= deadline.getTime()) return;
    const where = { file: entries[i]!.file, ...valueCell(unit, "reportDate") };
    const params = {
      date: formatVietnameseDate(unit.reportDate),
      deadline: formatVietnameseDate(deadline),
    };
    findings[i]!.push(makeFinding("report.late", where, params, lang));
  });

  units.forEach((unit, i) =>
    findings[i]!.push(...unitListFindings(unit, entries[i]!.file, rules.units, lang)),
  );
  const replacedBy = checkCopies(entries, units, inPeriod, findings, lang);

  const files = entries.map((entry, i): BatchFile => {
    const unit = units[i] ?? null;
    const own = findings[i]!;
    const status: FileStatus = own.some((f) => f.severity === "error")
      ? "errors"
      : own.length > 0
        ? "warnings"
        : "ok";
    return {
      file: entry.file,
      status,
      unit: unit && {
        code: unit.code,
        name: unit.name,
        period: unit.period ? formatPeriod(unit.period) : unit.periodText || null,
      },
      findings: own,
      replacedBy: replacedBy[i] ?? null,
      included: unit !== null && !own.some(keepsUnitOut) && replacedBy[i] === undefined,
    };
  });
  return { expectedPeriod: expected && formatPeriod(expected), files, findings: batchFindings };
}

/** The given period when it reads; otherwise the one most units declare, the latest on a tie. */
function expectedPeriod(
  given: string | undefined,
  units: readonly (UnitHeader | null)[],
  unreadable: (text: string) => void,
): Period | null {
  if (given !== undefined) {
    const period = parsePeriod(given);
    if (period) return period;
    unreadable(given);
  }
  const counts = new Map<string, { period: Period; count: number }>();
  for (const unit of units) {
    if (!unit?.period) continue;
    const key = periodKey(unit.period);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { period: unit.period, count: 1 });
  }
  let best: { period: Period; count: number } | null = null;
  for (const candidate of counts.values()) {
    if (
      !best ||
      candidate.count > best.count ||
      (candidate.count === best.count && later(candidate.period, best.period))
    ) {
      best = candidate;
    }
  }
  return best?.period ?? null;
}

/** Whether a period is later than another: it ends later, or ends together and starts later. */
function later(a: Period, b: Period): boolean {
  const end = periodEnd(a).getTime() - periodEnd(b).getTime();
  return end !== 0 ? end > 0 : periodStart(a).getTime() > periodStart(b).getTime();
}

/**
 * Finds the units sent more than once and reports the copies: the copy with the latest report
 * date is used, the earlier ones are replaced by it, and copies tied on the latest date are all
 * duplicates (a copy without a readable date counts as the earliest). Returns, by entry index,
 * the file(s) that replaced a copy.
 */
function checkCopies(
  entries: readonly BatchEntry<UnitHeader>[],
  units: readonly (UnitHeader | null)[],
  inPeriod: readonly boolean[],
  findings: Finding[][],
  lang: Lang,
): (string | undefined)[] {
  const replacedBy: (string | undefined)[] = [];
  const byCode = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (!unit || unit.code === "" || !inPeriod[i]) return;
    const copies = byCode.get(unit.code);
    if (copies) copies.push(i);
    else byCode.set(unit.code, [i]);
  });
  const dateOf = (i: number) => units[i]?.reportDate?.getTime() ?? Number.NEGATIVE_INFINITY;
  for (const copies of byCode.values()) {
    if (copies.length < 2) continue;
    const latest = Math.max(...copies.map(dateOf));
    const kept = copies.filter((i) => dateOf(i) === latest);
    const keptFiles = kept.map((i) => entries[i]!.file);
    for (const i of copies) {
      const unit = units[i]!;
      const file = entries[i]!.file;
      const unitParams = { code: unit.code, name: unit.name };
      if (kept.includes(i)) {
        if (kept.length === 1) continue;
        const others = keptFiles.filter((f) => f !== file).join(", ");
        const date = unit.reportDate ? formatVietnameseDate(unit.reportDate) : "";
        findings[i]!.push(
          makeFinding("unit.duplicate", { file }, { ...unitParams, date, others }, lang),
        );
      } else {
        const by = keptFiles.join(", ");
        const laterDate = formatVietnameseDate(units[kept[0]!]!.reportDate!);
        findings[i]!.push(
          makeFinding(
            "unit.replaced",
            { file },
            { ...unitParams, replacedBy: by, laterDate },
            lang,
          ),
        );
        replacedBy[i] = by;
      }
    }
  }
  return replacedBy;
}

/** A header field's value cell (its label cell when it has no value), for a finding. */
function valueCell(
  unit: UnitHeader,
  key: "period" | "reportDate",
): { sheet: string | null; cell: string | null } {
  const field = unit.report.fields[key];
  const at = field?.value ?? field?.label;
  return at ? { sheet: at.sheet, cell: at.address } : { sheet: null, cell: null };
}
