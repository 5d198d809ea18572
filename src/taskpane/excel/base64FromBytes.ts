// String.fromCharCode takes its code units as arguments; a block this size stays well under
// every engine's argument limit, and a 10 MB workbook still converts in a few hundred calls.
const BLOCK = 0x8000;

/**
 * The Base64 text of some bytes, as `Excel.createWorkbook` and `insertWorksheetsFromBase64`
 * take an xlsx file. Runs in the browser and in a worker (no Node `Buffer`).
 *
 * @example
 * base64FromBytes(new Uint8Array([80, 75, 3, 4])) // "UEsDBA=="
 */
export function base64FromBytes(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += BLOCK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + BLOCK));
  }
  return btoa(binary);
}
