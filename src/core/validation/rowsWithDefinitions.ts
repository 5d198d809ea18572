import { definitionsByCode } from "./definitionsByCode";

/**
 * Pairs each row of a table with the configured indicator or criterion of its code, in sheet
 * order; rows of unknown codes are left out (a rule of their own reports them), and a repeated
 * code yields each of its rows, so that every cell is checked.
 *
 * @example
 * rowsWithDefinitions([{ code: "TC1", row: 4 }, { code: "TC9", row: 5 }], [{ code: "TC1", maxPoints: 15 }])
 * // [{ definition: { code: "TC1", maxPoints: 15 }, row: { code: "TC1", row: 4 } }]
 */
export function rowsWithDefinitions<
  Row extends { readonly code: string },
  Definition extends { readonly code: string },
>(
  rows: readonly Row[],
  definitions: readonly Definition[],
): { definition: Definition; row: Row }[] {
  const byCode = definitionsByCode(definitions);
  const out: { definition: Definition; row: Row }[] = [];
  for (const row of rows) {
    const definition = byCode.get(row.code);
    if (definition) out.push({ definition, row });
  }
  return out;
}
