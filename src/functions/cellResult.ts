/**
 * What a function body puts in one result cell: a number, a text ("" for a blank), or an error
 * marker. Markers are plain data so the bodies run and test without Excel; `cellErrors.ts`
 * turns them into `CustomFunctions.Error` values at the edge.
 */
export type CellErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export interface CellError {
  readonly cellError: CellErrorCode;
  /** Shown by Excel only for #VALUE! and #N/A. */
  readonly message?: string;
}

export type CellResult = number | string | CellError;

/** A result cell that holds an error value. */
export function cellError(code: CellErrorCode, message?: string): CellError {
  return message === undefined ? { cellError: code } : { cellError: code, message };
}

/** Whether a result (or any value) is an error marker. */
export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "cellError" in value;
}
