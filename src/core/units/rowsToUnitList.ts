import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { toA1 } from "../grid/address";
import type { Cell, SheetGrid } from "../grid/cell";
import type { Lang } from "../messages/format";
import { formatVietnameseDate, parseVietnameseDate } from "../numbers";
import { cellText } from "../report/cellText";
import { findTableHeader } from "../report/findTableHeader";
import { formLabelKey } from "../report/formLabelKey";
import { indexLabels } from "../report/indexLabels";
import { isBlankCell } from "../report/isBlankCell";
import type { ExpectedUnit } from "./expectedUnit";
import { parseMembership } from "./parseMembership";
import { unitCodeKey } from "./unitCodeKey";
import { unitListSheet, type UnitListColumn } from "./unitListSheet";

/**
 * What reading a `DanhSach` sheet gave: the units of the rows that read, in the sheet's order,
 * and a finding for every row that did not (that row is left out).
 *
 * @example
 * const { units, findings }: UnitListReading = rowsToUnitList(sheet);
 */
export interface UnitListReading {
  readonly units: ExpectedUnit[];
  readonly findings: Finding[];
}

/** Options of {@link rowsToUnitList}. */
export interface UnitListReadOptions {
  /** The workbook's name, for the findings; "" by default (the open workbook). */
  readonly file?: string;
  readonly lang?: Lang;
}

const OPTIONAL: readonly UnitListColumn[] = ["cluster", "founded", "contact"];

/**
 * Reads the list of expected units from a `DanhSach` sheet as the pane loads it (a plain grid
 * of cells), the way the report form is read: the header row is the first row holding the
 * labels Mã đơn vị, Tên công đoàn cơ sở and Trực thuộc/Thành viên, in any order and column,
 * ignoring case, diacritics and spacing; Cụm thi đua, Ngày thành lập and Liên hệ are read when
 * that row has them. Each row below it is one unit; an empty row is skipped. Codes and texts are
 * trimmed, a founding date (a date cell, or text day first) is written back "dd/MM/yyyy". A row
 * without a code, with a code an earlier row has (ignoring case), without a name, without a
 * readable Trực thuộc/Thành viên, or with an unreadable founding date is a finding at that cell
 * (`unit-list.*`, errors) and is left out; a sheet without the header row is one finding and
 * no unit. Reading {@link unitListToRows}'s rows gives the list back.
 *
 * @example
 * rowsToUnitList({ name: "DanhSach", rows: [
 *   [{ t: "s", v: "Mã đơn vị" }, { t: "s", v: "Tên công đoàn cơ sở" }, { t: "s", v: "Trực thuộc/Thành viên" }],
 *   [{ t: "s", v: "CD001" }, { t: "s", v: "CĐCS Sở Y tế" }, { t: "s", v: "Trực thuộc" }],
 * ] }).units // [{ code: "CD001", name: "CĐCS Sở Y tế", membership: "direct" }]
 */
export function rowsToUnitList(
  sheet: SheetGrid,
  options: UnitListReadOptions = {},
): UnitListReading {
  const lang = options.lang ?? "vi";
  const file = options.file ?? "";
  const { columns } = unitListSheet;
  const index = indexLabels(sheet);
  const header = findTableHeader(index, {
    code: columns.code,
    name: columns.name,
    membership: columns.membership,
  });
  if (!header.ok) {
    const finding = makeFinding(
      "unit-list.header-missing",
      { file, sheet: sheet.name },
      { columns: header.missing.join(", ") },
      lang,
    );
    return { units: [], findings: [finding] };
  }
  const at: Partial<Record<UnitListColumn, number>> = { ...header.columns };
  for (const column of OPTIONAL) {
    const found = index.get(formLabelKey(columns[column]))?.find((p) => p.row === header.row);
    if (found) at[column] = found.col;
  }
  const used = Object.values(at);

  const units: ExpectedUnit[] = [];
  const findings: Finding[] = [];
  const firstCodeCell = new Map<string, string>();
  for (let row = header.row + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row];
    if (!cells || used.every((col) => isBlankCell(cells[col]))) continue;
    const cellOf = (column: UnitListColumn): Cell | undefined => {
      const col = at[column];
      return col === undefined ? undefined : cells[col];
    };
    const valueOf = (column: UnitListColumn) => cellText(cellOf(column)).trim();
    const where = (column: UnitListColumn) => ({
      file,
      sheet: sheet.name,
      cell: toA1(row, at[column] ?? 0),
    });
    const problem = (
      code: Parameters<typeof makeFinding>[0],
      column: UnitListColumn,
      params = {},
    ) => findings.push(makeFinding(code, where(column), { row: row + 1, ...params }, lang));

    const code = valueOf("code");
    const before = findings.length;
    if (code === "") problem("unit-list.code-missing", "code");
    else {
      const other = firstCodeCell.get(unitCodeKey(code));
      if (other !== undefined) problem("unit-list.duplicate-code", "code", { code, other });
      else firstCodeCell.set(unitCodeKey(code), where("code").cell);
    }
    const name = valueOf("name");
    if (name === "") problem("unit-list.name-missing", "name", { code });
    const membershipText = valueOf("membership");
    const membership = parseMembership(membershipText);
    if (membership === null) {
      problem("unit-list.membership-invalid", "membership", { code, text: membershipText });
    }
    const foundedCell = cellOf("founded");
    const foundedDate = isBlankCell(foundedCell) ? null : parseVietnameseDate(foundedCell);
    if (!isBlankCell(foundedCell) && foundedDate === null) {
      problem("unit-list.date-invalid", "founded", { code, text: cellText(foundedCell).trim() });
    }
    if (findings.length > before || membership === null) continue;

    const cluster = valueOf("cluster");
    const contact = valueOf("contact");
    units.push({
      code,
      name,
      ...(cluster === "" ? {} : { cluster }),
      ...(foundedDate === null ? {} : { founded: formatVietnameseDate(foundedDate) }),
      membership,
      ...(contact === "" ? {} : { contact }),
    });
  }
  return { units, findings };
}
