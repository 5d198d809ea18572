import { normalizeLabel } from "../text/normalizeLabel";

/**
 * The form an award's name is compared in: as a label (case, diacritics and a trailing colon
 * ignored) and without any space, so "GK CĐVC", "gk cdvc" and "GKCĐVC" are one name. The rules
 * check that no two awards of the catalogue share a key.
 *
 * @example
 * awardKey("Giấy khen  CĐVC tỉnh") // "giaykhencdvctinh"
 * awardKey("BK LĐLĐ:") // "bkldld"
 */
export function awardKey(name: string): string {
  return normalizeLabel(name).replace(/ /g, "");
}
