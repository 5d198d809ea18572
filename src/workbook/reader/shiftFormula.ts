const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// One pass over the formula: string literals, quoted sheet names and bracketed parts
// (structured references, external workbooks) are copied as they are; a cell or a cell range
// (A1, A1:B2), a column range (A:C) or a row range (2:5) is captured, unless followed by "(" (a function such
// as LOG10) or by more name characters; any other name or number is copied whole, so that
// nothing inside it is taken for a reference.
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^\]]*\])*\]|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_.(!])|[A-Za-z_\\][A-Za-z0-9_.\\]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/g;

/**
 * The formula of a cell that shares the formula written at another cell (Excel stores a
 * formula filled down or across once, as a shared formula): relative references move by the
 * offset between the two cells, `$`-anchored parts stay. A reference moved off the sheet
 * becomes `#REF!`, as Excel shows it.
 *
 * @example
 * shiftFormula("F5/E5", 3, 0) // "F8/E8"
 * shiftFormula("SUM($B$2:B2)*Sheet2!C$1", 1, 2) // "SUM($B$2:D3)*Sheet2!E$1"
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(TOKEN, (token: string, reference: string | undefined) =>
    reference === undefined ? token : shiftReference(reference, rows, cols),
  );
}

function shiftReference(reference: string, rows: number, cols: number): string {
  const colon = reference.indexOf(":");
  if (colon !== -1) {
    const first = shiftPart(reference.slice(0, colon), rows, cols);
    const second = shiftPart(reference.slice(colon + 1), rows, cols);
    return first === null || second === null ? "#REF!" : `${first}:${second}`;
  }
  return shiftPart(reference, rows, cols) ?? "#REF!";
}

// A cell (B2, $B2), a column (B, $B) or a row (2, $2); null when moved off the sheet.
function shiftPart(part: string, rows: number, cols: number): string | null {
  const match = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(part);
  if (!match) return part;
  const [, colAnchor = "", letters = "", rowAnchor = "", digits = ""] = match;
  let out = "";
  if (letters !== "") {
    const col = colAnchor ? columnNumber(letters) : columnNumber(letters) + cols;
    if (col < 1 || col > MAX_COL) return null;
    out += colAnchor + columnName(col);
  }
  if (digits !== "") {
    // In "$2" alone the anchor belongs to the row.
    const anchored = letters === "" ? colAnchor !== "" : rowAnchor !== "";
    const row = anchored ? Number(digits) : Number(digits) + rows;
    if (row < 1 || row > MAX_ROW) return null;
    out += (letters === "" ? colAnchor : rowAnchor) + String(row);
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnName(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
