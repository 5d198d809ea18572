// The rules are the same for every file of a run, and several rules look their definitions up
// by code for each file: the lookup is kept, by the identity of the array of definitions, instead
// of being rebuilt by each rule for each file. Rules are never changed once parsed (nothing in
// the code does; an array changed after its first lookup would be looked up stale). A WeakMap
// lets a lookup go with its array.
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
