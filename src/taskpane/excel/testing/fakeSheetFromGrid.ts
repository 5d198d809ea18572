// Test-only: a sheet of the plain grid as the fake workbook's cells, as Excel would hold it
// once open (dates as serials with a date format, formulas with their "=" and computed value).
import { toA1 } from "../../../core/grid/address";
import type { SheetGrid } from "../../../core/grid/cell";
import { dateToSerial } from "../dateToSerial";
import type { FakeCellSpec, FakeSheetSpec } from "./fakeExcel";

/** The fake sheet that reads back as `sheet`; rows and columns move by `down` and `right`. */
export function fakeSheetFromGrid(sheet: SheetGrid, down = 0, right = 0): FakeSheetSpec {
  const cells: Record<string, FakeCellSpec> = {};
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const address = toA1(r + down, c + right);
      const formula = cell.formula === undefined ? {} : { formula: `=${cell.formula}` };
      switch (cell.t) {
        case "f":
          throw new Error(`${address}: Excel computes every formula; give the cell its value`);
        case "d":
          cells[address] = { value: dateToSerial(cell.v), numberFormat: "dd/mm/yyyy", ...formula };
          break;
        case "e":
          cells[address] = { value: cell.v, error: true, ...formula };
          break;
        default:
          cells[address] = { value: cell.v, ...formula };
      }
    }),
  );
  return { name: sheet.name, cells };
}
