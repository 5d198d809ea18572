import type { CellErrorCode, CellResult } from "./cellResult";

// Excel shows a custom message only with these two codes; the runtime is given none for others.
const CODES_WITH_MESSAGE: ReadonlySet<CellErrorCode> = new Set(["#VALUE!", "#N/A"]);

/**
 * The one place that builds `CustomFunctions.Error` values, so the rest of src/functions never
 * touches the runtime global and runs under jest. It looks the global up on every call because
 * the runtime defines it after this module may have been loaded.
 */
function toExcelError(code: CellErrorCode, message: string | undefined): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  const excelCode: Record<CellErrorCode, CustomFunctions.ErrorCode> = {
    "#VALUE!": codes.invalidValue,
    "#N/A": codes.notAvailable,
    "#DIV/0!": codes.divisionByZero,
    "#NUM!": codes.invalidNumber,
  };
  return message !== undefined && CODES_WITH_MESSAGE.has(code)
    ? new CustomFunctions.Error(excelCode[code], message)
    : new CustomFunctions.Error(excelCode[code]);
}

/** Turns a matrix of results into what Excel takes back from a custom function. */
export function toExcelResults(results: readonly (readonly CellResult[])[]): unknown[][] {
  return results.map((row) =>
    row.map((cell) =>
      typeof cell === "object" ? toExcelError(cell.cellError, cell.message) : cell,
    ),
  );
}
