import { consolidate, fromBatch } from "../../core/consolidation";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Rules } from "../../core/rules";
import { validateBatch, type BatchEntry } from "../../core/validation";
import type { Lang } from "../../core/messages/format";
import { checkWorkbook, isTooLarge, tooLargeEntry } from "../../workbook/checkWorkbook";
import { readWorkbook } from "../../workbook/reader";
import { writeResultWorkbook } from "../../workbook/result";
import type { BatchReply, BatchRequest, PickedFile } from "./protocol";

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
    if (request.kind === "validate") {
      post({ kind: "validated", batch });
      return;
    }
    post({ kind: "writing" });
    const result = consolidate(fromBatch(entries, batch), request.rules, { lang: request.lang });
    const workbook = await deps.writeResultWorkbook(result, request.rules, { lang: request.lang });
    const grid = request.withGrid ? readBack(workbook) : null;
    post({ kind: "consolidated", batch, result, workbook, grid }, [workbook.buffer as ArrayBuffer]);
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
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
