/**
 * The form a unit code is matched in: trimmed and upper-cased, as validation reads the code of
 * a submission (`Mã đơn vị`), so "cd001 " on the list is the unit that writes "CD001".
 *
 * @example
 * unitCodeKey(" cd001 ") // "CD001"
 */
export function unitCodeKey(code: string): string {
  return code.trim().toUpperCase();
}
