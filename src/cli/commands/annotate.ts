import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import {
  annotateWorkbook,
  AnnotationError,
  cellMarks,
  planAnnotations,
} from "../../workbook/annotate";
import { readerLimitsOf } from "../../workbook/checkWorkbook";
import { loadExcelJS } from "../../workbook/excel/loadExcelJS";
import { collectInputs } from "../inputs";
import { batchOptions, parseCommandArgs } from "../options";
import { readInputs } from "../readInputs";
import { UsageError } from "../usageError";

/**
 * `cdvc annotate <folder|files…> --out <folder> [--force] [--config F] [--period P]
 * [--deadline dd/MM/yyyy]`: checks every file as `validate` does, then writes into `--out`, for
 * every file with findings, a copy of the unit's own workbook with each finding's cell filled
 * and noted and a `Kiểm tra` sheet listing them all, named `<unit code>-kiem-tra.xlsx`, to send
 * back to the unit. The originals are only read. A file without findings gets no copy; a file
 * that cannot be opened gets none either and its findings are printed instead. An existing copy
 * is never overwritten without `--force`, and an input file never, even with it: such a copy is
 * reported and the others are still written.
 *
 * Exit code: 0 when every copy due was written (files without findings, or that cannot be
 * opened, are normal outcomes); 1 when a copy was not written (it exists and `--force` was not
 * given, it would replace an input, or the disk refused it); 2 on a usage or configuration
 * problem. `--out` may not be one of the input folders: the next check would read the copies.
 */
export async function annotateCommand(args: string[], lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: "string" },
      force: { type: "boolean" },
      ...batchOptions,
    },
    lang,
  );
  if (positionals.length === 0) throw new UsageError(text("cli.no-inputs", lang));
  const out = values.out;
  if (!out) throw new UsageError(text("annotate.missing-out", lang));
  const outInfo = await stat(out).catch(() => null);
  if (outInfo && !outInfo.isDirectory()) {
    throw new UsageError(text("annotate.out-not-folder", lang, { out }));
  }
  for (const input of positionals) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory() && samePath(input, out)) {
      throw new UsageError(text("annotate.out-is-input", lang, { out }));
    }
  }

  const batch = await readInputs(positionals, {
    config: values.config,
    period: values.period,
    deadline: values.deadline,
    lang,
    progress: true,
    // When worker threads read the files (thousands of them), ExcelJS loads meanwhile.
    whileReading: () => void loadExcelJS().catch(() => undefined),
    // The copies mark the findings' cells; the units' figures are not needed.
    values: false,
  });
  if (!batch) return 2;
  // readInputs names the files; the same arguments give the same names and their paths here.
  const inputs = await collectInputs(positionals);
  const pathOf = new Map(inputs.files.map((f) => [f.name, f.path]));
  const inputPaths = new Set([...inputs.files, ...inputs.skipped].map((f) => pathKey(f.path)));
  const limits = readerLimitsOf(batch.rules);
  const say = (line: string) => process.stdout.write(line + "\n");

  for (const s of batch.skipped) {
    say(text("cli.skipped", lang, { file: s.name, reason: text(`cli.skipped.${s.reason}`, lang) }));
  }
  for (const f of batch.findings) say(`${f.message} ${f.hint}`.trim());
  const counts = { written: 0, clean: 0, unopenable: 0, refused: 0 };
  await mkdir(out, { recursive: true });
  for (const plan of planAnnotations(batch.files, batch.entries)) {
    const { file } = plan;
    if (plan.kind === "clean") {
      counts.clean++;
      say(text("annotate.clean", lang, { file }));
      continue;
    }
    if (plan.kind === "unreadable") {
      counts.unopenable++;
      say(unopenable(file, plan.findings, lang));
      continue;
    }
    const target = join(out, plan.copyName);
    if (inputPaths.has(pathKey(target))) {
      counts.refused++;
      say(text("annotate.is-input", lang, { file, out: target }));
      continue;
    }
    let copy: Uint8Array;
    try {
      const bytes = new Uint8Array(await readFile(pathOf.get(file) ?? file));
      copy = await annotateWorkbook(bytes, plan.findings, { lang, file, unit: plan.unit, limits });
    } catch (error) {
      // One file that ExcelJS cannot open or write (or the disk will not give) is listed, and
      // the others still get their copies.
      const finding =
        error instanceof AnnotationError
          ? error.finding
          : makeFinding("annotate.cannot-open", { file }, { reason: reasonOf(error) }, lang);
      counts.unopenable++;
      say(unopenable(file, [finding, ...plan.findings], lang));
      continue;
    }
    try {
      // "wx" fails on an existing file at the moment of writing: no check-then-write race.
      await writeFile(target, copy, { flag: values.force ? "w" : "wx" });
    } catch (error) {
      counts.refused++;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") say(text("annotate.exists", lang, { file, out: target }));
      else say(text("annotate.write-failed", lang, { file, out: target, reason: reasonOf(error) }));
      continue;
    }
    counts.written++;
    const errors = plan.findings.filter((f) => f.severity === "error").length;
    const sheets = plan.findings.flatMap((f) => (f.sheet ? [f.sheet] : []));
    const marked = cellMarks(plan.findings, sheets, lang).marks.length;
    say(
      text("annotate.written", lang, {
        file,
        out: target,
        errors,
        warnings: plan.findings.length - errors,
        marked,
      }),
    );
  }
  say("");
  say(
    text("annotate.summary", lang, {
      files: batch.files.length,
      folder: out,
      ...counts,
    }),
  );
  return counts.refused > 0 ? 1 : 0;
}

/** The line saying a file gets no copy, then its findings, indented. */
function unopenable(file: string, findings: readonly Finding[], lang: Lang): string {
  return [
    text("annotate.unopenable", lang, { file }),
    ...findings.map((f) => `  - ${f.message} ${f.hint}`.trimEnd()),
  ].join("\n");
}

/** Paths compared as a case-insensitive file system would: refusing too much is the safe side. */
function pathKey(path: string): string {
  return resolve(path).toLowerCase();
}

function samePath(a: string, b: string): boolean {
  return pathKey(a) === pathKey(b);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
