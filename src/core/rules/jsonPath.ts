const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path into a JSON document the way a person reads it in a text editor: keys joined
 * by dots, array positions in brackets (counted from 0, as in the file's JSON). A key that is
 * not a plain name is quoted. The empty path (the whole document) is "".
 *
 * @example
 * formatJsonPath(["thresholds", "HTXS"]) // "thresholds.HTXS"
 * formatJsonPath(["indicators", 3, "code"]) // "indicators[3].code"
 * formatJsonPath(["awards", 0, "tên giải"]) // 'awards[0]["tên giải"]'
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
