/**
 * Column letters for a 0-based column index.
 *
 * @example
 * columnLetters(0) // "A"
 * columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  if (col >= 0 && col < KNOWN_COLUMNS) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

// Every cell of every table row of every report is given its address: the letters of the few
// columns a form uses are worked out once.
const KNOWN_COLUMNS = 256;
const LETTERS: string[] = [];

function lettersOf(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The A1 address of a 0-based (row, col).
 *
 * @example
 * toA1(13, 5) // "F14"
 */
export function toA1(row: number, col: number): string {
  if (row >= 0 && row < KNOWN_ROWS && col >= 0 && col < KNOWN_COLUMNS_A1) {
    return (ADDRESSES[row * KNOWN_COLUMNS_A1 + col] ??= columnLetters(col) + String(row + 1));
  }
  return columnLetters(col) + String(row + 1);
}

// Every table cell of every report gets its address: the addresses of the top-left corner, where
// the forms' cells are, are made once for a batch instead of once per cell.
const KNOWN_ROWS = 1024;
const KNOWN_COLUMNS_A1 = 32;
const ADDRESSES: string[] = [];

/**
 * Parses an A1 address (absolute markers allowed) into 0-based (row, col), or null.
 *
 * @example
 * fromA1("$F$14") // { row: 13, col: 5 }
 */
export function fromA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
