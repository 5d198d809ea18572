import { zipSync } from "fflate";
import {
  checkPreviousPeriod,
  comparePeriods,
  periodResultOf,
  type PeriodComparison,
} from "../../core/comparison";
import { consolidate, fromBatch, type ConsolidationResult } from "../../core/consolidation";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Rules } from "../../core/rules";
import { submittedFilesFromBatch, trackSubmissions } from "../../core/tracking";
import { validateBatch, type BatchEntry, type BatchValidation } from "../../core/validation";
import type { Lang } from "../../core/messages/format";
import { annotateWorkbook, AnnotationError, planAnnotations } from "../../workbook/annotate";
import {
  checkWorkbook,
  isTooLarge,
  readerLimitsOf,
  tooLargeEntry,
} from "../../workbook/checkWorkbook";
import { readWorkbook } from "../../workbook/reader";
import { proposalsSheet, writeResultWorkbook } from "../../workbook/result";
import { comparisonSheet } from "../../workbook/result/comparisonSheet";
import { readConsolidatedWorkbook } from "../../workbook/resultReader";
import type {
  AnnotatedReply,
  AnnotateRequest,
  BatchReply,
  BatchRequest,
  ConsolidateRequest,
  PickedFile,
  PreviousOutcome,
} from "./protocol";

/** Sends a reply to the pane; `transfer` hands buffers over instead of copying them. */
export type PostReply = (reply: BatchReply, transfer?: Transferable[]) => void;

/** What the job needs besides its request; tests pass their own writer. */
export interface BatchJobDeps {
  readonly writeResultWorkbook: typeof writeResultWorkbook;
  /** Waited for between files; run in the page, it lets the browser paint the progress. */
  readonly pause?: () => Promise<void>;
}

export const defaultBatchJobDeps: BatchJobDeps = { writeResultWorkbook };

/**
 * One request of the pane, run where it cannot freeze the page (the worker): every file is
 * read and checked as the CLI checks it (`checkWorkbook`, a file over the size limit refused
 * unread), with a progress reply after each; then the batch checks; then, to consolidate, the
 * consolidation and the result workbook. Ends with exactly one final reply; a fault of the
 * program becomes a `failed` reply, never an unhandled rejection.
 */
export async function runBatchJob(
  request: BatchRequest,
  post: PostReply,
  deps: BatchJobDeps = defaultBatchJobDeps,
): Promise<void> {
  try {
    const entries = await checkFiles(request.files, request.rules, request.lang, async (done) => {
      post({ kind: "progress", done, total: request.files.length });
      await deps.pause?.();
    });
    const batch = validateBatch(entries, request.rules, {
      period: blankToUndefined(request.period),
      deadline: blankToUndefined(request.deadline),
      lang: request.lang,
    });
    switch (request.kind) {
      case "validate":
        post({ kind: "validated", batch });
        return;
      case "track":
        post({
          kind: "tracked",
          batch,
          tracking: trackSubmissions(submittedFilesFromBatch(entries, batch), request.rules.units),
        });
        return;
      case "annotate": {
        post({ kind: "writing" });
        const reply = await annotateFiles(request, entries, batch);
        post(reply, reply.zip ? [reply.zip.buffer as ArrayBuffer] : []);
        return;
      }
      case "consolidate":
        post({ kind: "writing" });
        await consolidateFiles(request, entries, batch, post, deps);
    }
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}

async function consolidateFiles(
  request: ConsolidateRequest,
  entries: readonly BatchEntry[],
  batch: BatchValidation,
  post: PostReply,
  deps: BatchJobDeps,
): Promise<void> {
  const { rules, lang } = request;
  let result = consolidate(fromBatch(entries, batch), rules, { lang });
  const { previous, comparison } = request.previous
    ? await compareWithPrevious(request.previous, result, rules, lang)
    : { previous: null, comparison: null };
  if (comparison) result = { ...result, sentences: [...result.sentences, ...comparison.sentences] };
  const workbook = await deps.writeResultWorkbook(result, rules, {
    lang,
    ...(comparison ? { extraSheets: [comparisonSheet(comparison)] } : {}),
  });
  const proposals = await deps.writeResultWorkbook(result, rules, {
    lang,
    sheets: [proposalsSheet],
  });
  const grid = request.withGrid ? readBack(workbook) : null;
  post({ kind: "consolidated", batch, result, workbook, grid, proposals, previous }, [
    workbook.buffer as ArrayBuffer,
    proposals.buffer as ArrayBuffer,
  ]);
}

/**
 * The consolidation compared with the previous period's result workbook, as `cdvc consolidate
 * --previous` compares them: refused (no comparison, the findings say why) when the workbook is
 * not one of ours or holds the same period; a later previous period is a warning only.
 */
async function compareWithPrevious(
  file: PickedFile,
  result: ConsolidationResult,
  rules: Rules,
  lang: Lang,
): Promise<{ previous: PreviousOutcome; comparison: PeriodComparison | null }> {
  const refused = (findings: PreviousOutcome["findings"]) => ({
    previous: { file: file.name, compared: false, findings },
    comparison: null,
  });
  let bytes: Uint8Array;
  try {
    bytes = await blobBytes(file.blob);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refused([makeFinding("file.unreadable", { file: file.name }, { reason }, lang)]);
  }
  const read = readConsolidatedWorkbook(bytes, file.name, { lang, limits: readerLimitsOf(rules) });
  if (!read.ok) return refused(read.findings);
  const current = periodResultOf(result, rules, "");
  const findings = checkPreviousPeriod(read.result.period, result.period, file.name, lang);
  if (current === null || findings.some((f) => f.severity === "error")) return refused(findings);
  return {
    previous: { file: file.name, compared: true, findings },
    comparison: comparePeriods(read.result, current, lang),
  };
}

/**
 * A marked copy of every readable file with findings (as `cdvc annotate` makes them), zipped
 * without compressing again (an .xlsx is a zip already); a file ExcelJS cannot open is listed.
 */
async function annotateFiles(
  request: AnnotateRequest,
  entries: readonly BatchEntry[],
  batch: BatchValidation,
): Promise<AnnotatedReply> {
  const { rules, lang } = request;
  const blobs = new Map(request.files.map((f) => [f.name, f.blob]));
  const parts: Record<string, Uint8Array> = {};
  const copies: Array<{ file: string; copy: string }> = [];
  const unopenable: Array<AnnotatedReply["unopenable"][number]> = [];
  for (const plan of planAnnotations(batch.files, entries)) {
    const { file } = plan;
    if (plan.kind === "clean") continue;
    if (plan.kind === "unreadable") {
      unopenable.push({ file, findings: plan.findings });
      continue;
    }
    try {
      const blob = blobs.get(file);
      if (!blob) throw new Error(file);
      parts[plan.copyName] = await annotateWorkbook(await blobBytes(blob), plan.findings, {
        lang,
        file,
        unit: plan.unit,
        limits: readerLimitsOf(rules),
      });
      copies.push({ file, copy: plan.copyName });
    } catch (error) {
      const finding =
        error instanceof AnnotationError
          ? error.finding
          : makeFinding(
              "annotate.cannot-open",
              { file },
              { reason: error instanceof Error ? error.message : String(error) },
              lang,
            );
      unopenable.push({ file, findings: [finding, ...plan.findings] });
    }
  }
  const zip = copies.length > 0 ? zipSync(parts, { level: 0 }) : null;
  return { kind: "annotated", zip, copies, unopenable };
}

async function checkFiles(
  files: readonly PickedFile[],
  rules: Rules,
  lang: Lang,
  progress: (done: number) => Promise<void>,
): Promise<BatchEntry[]> {
  const entries: BatchEntry[] = [];
  for (const file of files) {
    entries.push(await checkFile(file, rules, lang));
    await progress(entries.length);
  }
  return entries;
}

async function checkFile(file: PickedFile, rules: Rules, lang: Lang): Promise<BatchEntry> {
  const size = file.blob.size;
  if (isTooLarge(size, rules)) return tooLargeEntry(file.name, size, rules, lang);
  let bytes: Uint8Array;
  try {
    bytes = await blobBytes(file.blob);
  } catch (error) {
    // A file deleted or locked after it was picked: the browser refuses to hand its bytes.
    const reason = error instanceof Error ? error.message : String(error);
    const finding = makeFinding("file.unreadable", { file: file.name }, { reason }, lang);
    return { file: file.name, result: { findings: [finding] } };
  }
  return checkWorkbook(bytes, file.name, rules, lang);
}

/** The result workbook's own sheets as grids; it was just written, so it always reads. */
function readBack(workbook: Uint8Array) {
  const read = readWorkbook(workbook, "");
  if (!read.ok) throw new Error(read.findings.map((f) => f.message).join(" "));
  return read.workbook;
}

/** A Blob's bytes; Safari before 14 has no `Blob.arrayBuffer`, but reads a Blob as a Response. */
async function blobBytes(blob: Blob): Promise<Uint8Array> {
  const buffer =
    typeof blob.arrayBuffer === "function"
      ? await blob.arrayBuffer()
      : await new Response(blob).arrayBuffer();
  return new Uint8Array(buffer);
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
