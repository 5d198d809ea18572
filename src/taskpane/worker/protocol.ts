// The messages between the pane and its reading worker. Everything here crosses the thread
// boundary by structured clone, so it is plain data: files as Blobs (the worker reads them
// itself), findings and results as objects (Dates survive the copy), workbooks as bytes.
import type { ConsolidationResult } from "../../core/consolidation";
import type { WorkbookGrid } from "../../core/grid/cell";
import type { Lang } from "../../core/messages/format";
import type { Rules } from "../../core/rules";
import type { BatchValidation } from "../../core/validation";

/**
 * A file picked in the pane: its contents (a `File` is a Blob) and the name it is shown under,
 * which differs from the File's own name when two picked files share one.
 */
export interface PickedFile {
  readonly name: string;
  readonly blob: Blob;
}

/** What the batch is checked against besides the rules: the CLI's --period and --deadline. */
export interface BatchSettings {
  readonly rules: Rules;
  readonly lang: Lang;
  /** Overrides the rules' period; empty means "the period most files declare". */
  readonly period?: string;
  readonly deadline?: string;
}

/** Check the files, then check them as one batch (period, deadline, copies of a unit). */
export interface ValidateRequest extends BatchSettings {
  readonly kind: "validate";
  readonly files: readonly PickedFile[];
}

/** Check the files, consolidate them and write the result workbook the CLI writes. */
export interface ConsolidateRequest extends BatchSettings {
  readonly kind: "consolidate";
  readonly files: readonly PickedFile[];
  /** Also read the written workbook back into cell grids (to copy it into Excel cell by cell). */
  readonly withGrid?: boolean;
}

export type BatchRequest = ValidateRequest | ConsolidateRequest;

/** Sent after each file is read and checked. */
export interface ProgressReply {
  readonly kind: "progress";
  readonly done: number;
  readonly total: number;
}

/** Every file is read; the result workbook is being written. */
export interface WritingReply {
  readonly kind: "writing";
}

export interface ValidatedReply {
  readonly kind: "validated";
  readonly batch: BatchValidation;
}

export interface ConsolidatedReply {
  readonly kind: "consolidated";
  readonly batch: BatchValidation;
  readonly result: ConsolidationResult;
  /** The result workbook, .xlsx bytes. */
  readonly workbook: Uint8Array;
  /** Its sheets as cell grids, when asked for. */
  readonly grid: WorkbookGrid | null;
}

/** A fault of the program (never a finding about a file): the message of what was thrown. */
export interface FailedReply {
  readonly kind: "failed";
  readonly message: string;
}

export type BatchReply =
  ProgressReply | WritingReply | ValidatedReply | ConsolidatedReply | FailedReply;

/** The replies that end a job. */
export type FinalReply = ValidatedReply | ConsolidatedReply | FailedReply;
