import type { FindingCode } from "../messages/catalog";
import type { ReportCell } from "../report";
import { definitionsByCode } from "./definitionsByCode";
import { cellLocation, type ValidationContext } from "./validationRule";

/** The part of a coded table the check reads. */
interface CodedTable {
  readonly sheet: string;
  readonly rows: readonly {
    readonly code: string;
    readonly row: number;
    readonly cells: { readonly code: ReportCell };
  }[];
}

/**
 * Checks the codes of a table against the configured definitions: a configured code without a
 * row is reported (`missing`, at no cell: there is no row to point at), every row repeating a
 * code already seen is reported at its `Mã số` cell (`duplicate`, naming the first row), and a
 * code the configuration does not know is reported at its cell (`unknown`).
 *
 * @example
 * checkTableCodes(ctx, report.indicators, rules.indicators, {
 *   missing: "indicator.missing", duplicate: "indicator.duplicate", unknown: "indicator.unknown",
 * });
 */
export function checkTableCodes(
  ctx: ValidationContext,
  table: CodedTable | null,
  definitions: readonly { readonly code: string; readonly label: string }[],
  codes: {
    readonly missing: FindingCode;
    readonly duplicate: FindingCode;
    readonly unknown: FindingCode;
  },
): void {
  // Without the table's header its rows are unknown; the extraction has reported that.
  if (!table) return;
  const known = definitionsByCode(definitions);
  const firstRows = new Map<string, number>();
  for (const row of table.rows) {
    const where = cellLocation(row.cells.code);
    const firstRow = firstRows.get(row.code);
    if (firstRow !== undefined) ctx.report(codes.duplicate, where, { code: row.code, firstRow });
    else firstRows.set(row.code, row.row);
    if (!known.has(row.code)) ctx.report(codes.unknown, where, { code: row.code });
  }
  for (const definition of definitions) {
    if (!firstRows.has(definition.code.toUpperCase())) {
      ctx.report(
        codes.missing,
        { sheet: table.sheet, cell: null },
        { code: definition.code, label: definition.label },
      );
    }
  }
}
