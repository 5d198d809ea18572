/** The lean xlsx reader: workbook bytes to the plain cell grids of `src/core/grid/cell.ts`. */
export { readWorkbook, type ReadOptions, type ReadResult } from "./readWorkbook";
export { defaultReaderLimits, type ReaderLimits } from "../limits";
export { EntryOverflow, portableZipCodec, type ZipCodec } from "./zipCodec";
