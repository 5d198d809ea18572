import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatVietnameseDate, parseVietnameseDate } from "../../core/numbers";
import {
  submittedFilesFromBatch,
  trackingNotes,
  trackingToJson,
  trackSubmissions,
  type SubmissionTracking,
  type TrackedUnit,
  type TrackingCounts,
} from "../../core/tracking";
import { displayWidth } from "../../workbook/excel/columnWidths";
import { batchOptions, parseCommandArgs } from "../options";
import { exists, writeOutput } from "../outputFile";
import { readInputs } from "../readInputs";
import { UsageError } from "../usageError";

/**
 * `cdvc track <folder|files…> [--deadline dd/MM/yyyy] [--json F] [--config F] [--period P]
 * [--out TheoDoi.xlsx] [--force]`: reads and checks every file as `validate` does, then gives
 * every unit on the config's list of units its state (on time, late, with errors, missing),
 * prints them cluster by cluster with the counts, and writes the `Theo dõi nộp báo cáo` sheet
 * and the JSON when asked. Exit 0 when every expected unit's report is in (on time or late),
 * 1 when some are missing or have errors, 2 on a usage or configuration problem.
 */
export async function trackCommand(args: string[], lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...batchOptions,
      json: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
    lang,
  );
  if (positionals.length === 0) throw new UsageError(text("cli.no-inputs", lang));
  for (const target of [values.out, values.json]) {
    if (target && !values.force && (await exists(target))) {
      process.stderr.write(text("cli.out-exists", lang, { file: target }) + "\n");
      return 2;
    }
  }
  const batch = await readInputs(positionals, {
    config: values.config,
    period: values.period,
    deadline: values.deadline,
    lang,
    progress: true,
    // Who sent what and when is tracked; the units' figures are not needed.
    values: false,
  });
  if (!batch) return 2;
  const tracking = trackSubmissions(
    submittedFilesFromBatch(batch.entries, batch),
    batch.rules.units,
  );
  const deadlineText = values.deadline ?? batch.rules.deadline;
  const deadlineDate = deadlineText === undefined ? null : parseVietnameseDate(deadlineText);
  const deadline = deadlineDate && formatVietnameseDate(deadlineDate);
  const period = batch.expectedPeriod ?? text("result.period.unknown", lang);

  const lines = [
    ...batch.findings.map((f) => f.message),
    ...batch.skipped.map((s) =>
      text("cli.skipped", lang, { file: s.name, reason: text(`cli.skipped.${s.reason}`, lang) }),
    ),
    ...formatTracking(tracking, { period, deadline, lang }),
  ];
  if (values.out) {
    const { writeTrackingWorkbook } = await import("../../workbook/result/trackingSheet");
    await writeOutput(
      values.out,
      await writeTrackingWorkbook(tracking, { lang, period, deadline }),
    );
    lines.push("", text("tracking.cli.workbook-written", lang, { file: values.out }));
  }
  if (values.json) {
    const json = { period: batch.expectedPeriod, deadline, ...trackingToJson(tracking) };
    await writeOutput(values.json, JSON.stringify(json, null, 2) + "\n");
    lines.push(text("cli.json-written", lang, { file: values.json }));
  }
  process.stdout.write(lines.join("\n") + "\n");
  return tracking.total.errors + tracking.total.missing > 0 ? 1 : 0;
}

/**
 * The tracker as `cdvc track` prints it: a heading with the period and deadline, the summary,
 * then each cluster's units (code, name, state, file, a note) with its counts, the units not
 * on the list, the files whose unit could not be read, and a table of the counts per cluster.
 */
export function formatTracking(
  tracking: SubmissionTracking,
  options: { readonly period: string; readonly deadline: string | null; readonly lang: Lang },
): string[] {
  const { lang } = options;
  const { total } = tracking;
  const lines = [text("tracking.cli.heading", lang, { period: options.period })];
  if (options.deadline) lines.push(text("tracking.deadline", lang, { deadline: options.deadline }));
  lines.push(
    tracking.hasList
      ? text("tracking.summary", lang, {
          received: total.received,
          expected: total.units,
          onTime: total.onTime,
          late: total.late,
          errors: total.errors,
          missing: total.missing,
          replaced: total.replaced,
        })
      : text("tracking.no-list", lang),
  );

  const table = unitTable(tracking.units, lang);
  for (const { cluster, counts, members } of tracking.clusters) {
    lines.push("", cluster ?? text("tracking.no-cluster", lang));
    for (const k of members) lines.push(table[k]!);
    lines.push(`  ${countsLine(counts, lang)}`);
  }
  const unlisted = tracking.units.flatMap((u, k) => (tracking.hasList && !u.listed ? [k] : []));
  if (unlisted.length > 0) {
    lines.push("", text("tracking.cli.unlisted", lang));
    for (const k of unlisted) lines.push(table[k]!);
  }
  if (tracking.unidentified.length > 0) {
    lines.push("", text("tracking.cli.unidentified", lang));
    for (const file of tracking.unidentified) {
      const notes = trackingNotes({ state: "errors", findings: file.findings }, lang);
      lines.push(`  ${[file.file, ...notes].join(" — ")}`);
    }
  }
  lines.push("", text("tracking.cli.counts", lang), ...countsTable(tracking, lang));
  return lines;
}

/** One aligned line per unit: code, name, state, file and a note. */
function unitTable(units: readonly TrackedUnit[], lang: Lang): string[] {
  const cells = units.map((unit) => [
    unit.code,
    unit.name,
    text(`tracking.state.${unit.state}`, lang),
    unit.file ?? "—",
    noteOf(unit, lang),
  ]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(0, ...cells.map((row) => displayWidth(row[c]!))));
  return cells.map((row) =>
    `  ${row.map((cell, c) => (c < 4 ? pad(cell, widths[c]!) : cell)).join("  ")}`.trimEnd(),
  );
}

function noteOf(unit: TrackedUnit, lang: Lang): string {
  const replaced =
    unit.replaced.length > 0
      ? [text("tracking.cli.replaced-copy", lang, { files: unit.replaced.join(", ") })]
      : [];
  // A missing unit's contact is what staff need to chase it.
  const contact = unit.state === "missing" && unit.contact ? [unit.contact] : [];
  return [...replaced, ...trackingNotes(unit, lang), ...contact].join("; ");
}

function countsLine(counts: TrackingCounts, lang: Lang): string {
  return text("tracking.cli.cluster-total", lang, { ...counts });
}

/** The counts per cluster and in all, as an aligned table. */
function countsTable(tracking: SubmissionTracking, lang: Lang): string[] {
  const header = [
    text("result.col.cluster", lang),
    text("result.col.units", lang),
    text("tracking.col.received", lang),
    text("tracking.state.on-time", lang),
    text("tracking.state.late", lang),
    text("tracking.state.errors", lang),
    text("tracking.state.missing", lang),
    text("tracking.col.replaced", lang),
  ];
  const row = (label: string, c: TrackingCounts) => [
    label,
    ...[c.units, c.received, c.onTime, c.late, c.errors, c.missing, c.replaced].map(String),
  ];
  const rows = [
    header,
    ...tracking.clusters.map((c) => row(c.cluster ?? text("tracking.no-cluster", lang), c.counts)),
    row(text("tracking.total", lang), tracking.total),
  ];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  return rows.map(
    (r) =>
      `  ${r.map((cell, c) => (c === 0 ? pad(cell, widths[c]!) : padStart(cell, widths[c]!))).join("  ")}`,
  );
}

function pad(cell: string, width: number): string {
  return cell + " ".repeat(Math.max(0, width - displayWidth(cell)));
}

function padStart(cell: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(cell))) + cell;
}
