// The rules are the same for every file of a run, and a report's tables are asked for by
// several rules each: lookups built from either are kept, by the identity of the array they
// are built from, instead of being rebuilt by each rule for each file. Rules and reports are
// never changed once made, which is what makes the identity a safe key; a WeakMap lets them go
// with their array.
const byCodeOf = new WeakMap<readonly object[], ReadonlyMap<string, unknown>>();

/**
 * The configured indicators or criteria by upper-cased code (the last of a repeated code, as
 * the rules' own check reports a repeat), built once per array of definitions.
 *
 * @example
 * definitionsByCode([{ code: "tc1", maxPoints: 15 }]).get("TC1") // { code: "tc1", maxPoints: 15 }
 */
export function definitionsByCode<Definition extends { readonly code: string }>(
  definitions: readonly Definition[],
): ReadonlyMap<string, Definition> {
  let known = byCodeOf.get(definitions);
  if (known === undefined) {
    known = new Map(definitions.map((d) => [d.code.toUpperCase(), d]));
    byCodeOf.set(definitions, known);
  }
  return known as ReadonlyMap<string, Definition>;
}
