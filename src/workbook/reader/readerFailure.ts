import type { FindingCode } from "../../core/messages/catalog";
import type { MessageParams } from "../../core/messages/format";

/** The findings that end the reading of a file: each rejects the whole file. */
export type ReaderFindingCode = Extract<
  FindingCode,
  | "file.not-xlsx"
  | "file.csv"
  | "file.xls"
  | "file.password-protected"
  | "file.damaged"
  | "file.too-large"
  | "file.zip-bomb"
  | "file.xml-doctype"
  | "file.xml-too-deep"
  | "file.sheet-too-long"
  | "file.sheet-too-many-cells"
  | "file.string-too-long"
  | "file.not-workbook"
>;

/**
 * Why the reader gave up on a file. It is thrown only inside the reader, to leave deep parsing
 * loops at once, and `readWorkbook` turns it into the file's one finding: nothing of it
 * escapes as an exception.
 */
export class ReaderFailure extends Error {
  constructor(
    readonly code: ReaderFindingCode,
    readonly params: MessageParams = {},
    readonly sheet: string | null = null,
  ) {
    super(code);
    this.name = "ReaderFailure";
  }
}

/** A damaged part, named so that the finding says where the damage is. */
export function damaged(part: string): ReaderFailure {
  return new ReaderFailure("file.damaged", { part });
}

/** A size for a message, in whole megabytes, rounded up so that "over the limit" reads true. */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}
