// The messages between the pane and its reading worker. Everything here crosses the thread
// boundary by structured clone, so it is plain data: files as Blobs (the worker reads them
// itself), findings and results as objects (Dates survive the copy), workbooks as bytes.
import type { ConsolidationResult } from "../../core/consolidation";
import type { Finding } from "../../core/findings/finding";
import type { WorkbookGrid } from "../../core/grid/cell";
import type { Lang } from "../../core/messages/format";
import type { Rules } from "../../core/rules";
import type { SubmissionTracking } from "../../core/tracking";
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
  /** The previous period's result workbook ("Kỳ trước"), to compare with. */
  readonly previous?: PickedFile;
}

/** Check the files as one batch and track who sent a report against the rules' unit list. */
export interface TrackRequest extends BatchSettings {
  readonly kind: "track";
  readonly files: readonly PickedFile[];
}

/** Check the files and make a marked copy of each one with findings, zipped. */
export interface AnnotateRequest extends BatchSettings {
  readonly kind: "annotate";
  readonly files: readonly PickedFile[];
}

export type BatchRequest = ValidateRequest | ConsolidateRequest | TrackRequest | AnnotateRequest;

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
  /** The award proposal lists alone (sheet Đề nghị khen thưởng), .xlsx bytes. */
  readonly proposals: Uint8Array;
  /** What came of the "Kỳ trước" workbook; null when none was given. */
  readonly previous: PreviousOutcome | null;
}

/**
 * The previous period's workbook: compared (its sentences appended to the result's, a So sánh
 * sheet added) or refused; its findings either way (a later previous period is only a warning).
 */
export interface PreviousOutcome {
  readonly file: string;
  readonly compared: boolean;
  readonly findings: readonly Finding[];
}

export interface TrackedReply {
  readonly kind: "tracked";
  readonly batch: BatchValidation;
  readonly tracking: SubmissionTracking;
}

/** The marked copies, zipped; the files with findings that got none, with why. */
export interface AnnotatedReply {
  readonly kind: "annotated";
  /** A .zip of the copies; null when no file needed one. */
  readonly zip: Uint8Array | null;
  readonly copies: readonly { readonly file: string; readonly copy: string }[];
  readonly unopenable: readonly { readonly file: string; readonly findings: readonly Finding[] }[];
}

/** A fault of the program (never a finding about a file): the message of what was thrown. */
export interface FailedReply {
  readonly kind: "failed";
  readonly message: string;
}

export type BatchReply = ProgressReply | WritingReply | FinalReply;

/** The replies that end a job. */
export type FinalReply =
  ValidatedReply | ConsolidatedReply | TrackedReply | AnnotatedReply | FailedReply;
