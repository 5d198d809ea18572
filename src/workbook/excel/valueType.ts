/**
 * ExcelJS's `Enums.ValueType` (lib/doc/enums.js, 4.4): the kinds of cell value in its cell
 * models, which the cells written straight to XML are told apart by.
 */
export const ValueType = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Formula: 6,
  RichText: 8,
  Boolean: 9,
} as const;
