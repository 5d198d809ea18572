/** A range as Excel hands it to a custom function: rows of cells. */
export type Matrix = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/**
 * An argument as a matrix. Matrix parameters arrive as 2-D arrays; this also takes a bare
 * value (a direct call, or a runtime that passes a scalar) as one cell. An omitted optional
 * argument arrives as `null` (or `undefined` from a direct call) and gives `null`.
 */
export function toMatrix(argument: unknown): Matrix | null {
  if (argument === null || argument === undefined) return null;
  if (!Array.isArray(argument)) return [[argument]];
  if (argument.length === 0) return [[null]];
  return argument.every(Array.isArray) ? (argument as Matrix) : [argument];
}

/** A matrix's size; rows are taken as long as the first one (Excel ranges are rectangular). */
export function shapeOf(matrix: Matrix): Shape {
  return { rows: matrix.length, columns: matrix[0]?.length ?? 0 };
}

/** Whether a matrix is a single cell, which is repeated over any size. */
export function isSingleCell(matrix: Matrix): boolean {
  const { rows, columns } = shapeOf(matrix);
  return rows === 1 && columns === 1;
}

/** "3×2", as the shape-mismatch message shows it. */
export function describeShape(shape: Shape): string {
  return `${shape.rows}×${shape.columns}`;
}

/**
 * The size a function's range arguments combine to: every argument that is not a single cell
 * must have the same size, and single cells are repeated over it (as Excel repeats a single
 * value over a range). When two sizes differ, `conflict` holds the positions of the first two
 * arguments that disagree.
 */
export function commonShape(
  matrices: readonly Matrix[],
): { readonly shape: Shape } | { readonly conflict: readonly [number, number] } {
  let shape: Shape = { rows: 1, columns: 1 };
  let from = -1;
  for (let index = 0; index < matrices.length; index++) {
    const matrix = matrices[index] as Matrix;
    if (isSingleCell(matrix)) continue;
    const own = shapeOf(matrix);
    if (from < 0) {
      shape = own;
      from = index;
    } else if (own.rows !== shape.rows || own.columns !== shape.columns) {
      return { conflict: [from, index] };
    }
  }
  return { shape };
}

/** The cell at (row, column), repeating a single cell; a missing cell reads as blank. */
export function cellOf(matrix: Matrix, row: number, column: number): unknown {
  if (isSingleCell(matrix)) return matrix[0]?.[0] ?? null;
  return matrix[row]?.[column] ?? null;
}

/** Builds a rows × columns matrix cell by cell. */
export function buildMatrix<T>(shape: Shape, cell: (row: number, column: number) => T): T[][] {
  const result = new Array<T[]>(shape.rows);
  for (let row = 0; row < shape.rows; row++) {
    const line = new Array<T>(shape.columns);
    for (let column = 0; column < shape.columns; column++) line[column] = cell(row, column);
    result[row] = line;
  }
  return result;
}
