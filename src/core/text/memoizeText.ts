// Labels and unit words repeat across every workbook of a batch, so a text function applied to
// each cell pays for itself by remembering its answers; the bound keeps a stream of distinct
// free texts (names, notes) from growing the memory without end.
const DEFAULT_LIMIT = 4096;

/**
 * `fn` remembering its results for up to `limit` distinct texts (then it starts over). Only for
 * pure functions of the text.
 *
 * @example
 * const key = memoizeText((s) => s.trim().toLowerCase());
 * key(" Mã ") // "mã", computed once
 */
export function memoizeText(
  fn: (text: string) => string,
  limit = DEFAULT_LIMIT,
): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, result);
    return result;
  };
}
