import type { Cell, SheetGrid } from "../grid/cell";
import type { ExpectedUnit } from "./expectedUnit";
import { rowsToUnitList } from "./rowsToUnitList";
import { unitListToRows } from "./unitListToRows";

const s = (v: string): Cell => ({ t: "s", v });
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A sheet from rows of plain values ("" is an empty cell), as the pane loads one. */
function sheet(rows: readonly (readonly (string | Cell)[])[], offset = 0): SheetGrid {
  return {
    name: "DanhSach",
    rows: [
      ...Array.from({ length: offset }, () => undefined),
      ...rows.map((row) =>
        row.map((v) => (v === "" ? undefined : typeof v === "string" ? s(v) : v)),
      ),
    ],
  };
}

const HEADER = [
  "Mã đơn vị",
  "Tên công đoàn cơ sở",
  "Cụm thi đua",
  "Ngày thành lập",
  "Trực thuộc/Thành viên",
  "Liên hệ",
];

const units: ExpectedUnit[] = [
  {
    code: "001",
    name: "=CĐCS Sở Y tế",
    cluster: "Cụm 1",
    founded: "08/01/2021",
    membership: "direct",
    contact: "0912 345 678",
  },
  { code: "CD002", name: "CĐCS Trường THPT số 2", membership: "member" },
];

describe("rowsToUnitList", () => {
  it("reads back the rows unitListToRows wrote, with no finding", () => {
    expect(rowsToUnitList(sheet(unitListToRows(units)))).toEqual({ units, findings: [] });
  });

  it("finds the header anywhere, columns in any order, labels without diacritics, optional columns left out", () => {
    const grid = sheet(
      [
        ["", "Danh sách CĐCS năm 2024"],
        ["", "TRUC THUOC / THANH VIEN", "ma don vi:", "Ten cong doan co so"],
        ["", "thành viên", " cd003 ", "CĐCS Bệnh viện tỉnh "],
        [],
        ["", "Trực thuộc", "CD004", "CĐCS Sở Tài chính"],
      ],
      3,
    );
    expect(rowsToUnitList(grid)).toEqual({
      units: [
        { code: "cd003", name: "CĐCS Bệnh viện tỉnh", membership: "member" },
        { code: "CD004", name: "CĐCS Sở Tài chính", membership: "direct" },
      ],
      findings: [],
    });
  });

  it.each<[string, Cell, string]>([
    ["a date cell", { t: "d", v: day(2021, 1, 8) }, "08/01/2021"],
    ["short day-first text", s("8/1/21"), "08/01/2021"],
    ["year-first text", s("2021-01-08"), "08/01/2021"],
  ])("reads a founding date written as %s", (_name, cell, founded) => {
    const grid = sheet([HEADER, ["CD001", "A", "", cell, "Trực thuộc", ""]]);
    expect(rowsToUnitList(grid).units[0]?.founded).toBe(founded);
  });

  it.each<[string, (string | Cell)[], string, string]>([
    [
      "a row without a code",
      ["", "CĐCS A", "Cụm 1", "", "Trực thuộc", ""],
      "unit-list.code-missing",
      "A4",
    ],
    [
      "a row without a name",
      ["CD009", "", "", "", "Trực thuộc", ""],
      "unit-list.name-missing",
      "B4",
    ],
    [
      "an unreadable membership",
      ["CD009", "B", "", "", "Có", ""],
      "unit-list.membership-invalid",
      "E4",
    ],
    [
      "an empty membership",
      ["CD009", "B", "", "", "", "0912"],
      "unit-list.membership-invalid",
      "E4",
    ],
    [
      "an unreadable founding date",
      ["CD009", "B", "", "31/02/2020", "Trực thuộc", ""],
      "unit-list.date-invalid",
      "D4",
    ],
    [
      "a founding date as a plain number",
      ["CD009", "B", "", { t: "n", v: 43831 }, "Trực thuộc", ""],
      "unit-list.date-invalid",
      "D4",
    ],
    [
      "a code an earlier row has",
      ["cd001", "B", "", "", "Trực thuộc", ""],
      "unit-list.duplicate-code",
      "A4",
    ],
  ])("reports %s at its cell and leaves the row out", (_name, row, code, cell) => {
    const grid = sheet([
      HEADER,
      ["CD001", "A", "", "", "Trực thuộc", ""],
      ["CD002", "B", "", "", "Thành viên", ""],
      row,
      ["CD003", "C", "", "", "Thành viên", ""],
    ]);
    const { units: read, findings } = rowsToUnitList(grid, { file: "Tong hop.xlsx" });
    expect(read.map((u) => u.code)).toEqual(["CD001", "CD002", "CD003"]);
    expect(findings.map((f) => [f.code, f.severity, f.file, f.sheet, f.cell])).toEqual([
      [code, "error", "Tong hop.xlsx", "DanhSach", cell],
    ]);
  });

  it("says in the duplicate's message where the code first was", () => {
    const grid = sheet([
      HEADER,
      ["CD001", "A", "", "", "Trực thuộc", ""],
      ["CD001", "B", "", "", "Trực thuộc", ""],
    ]);
    expect(rowsToUnitList(grid).findings[0]?.message).toContain("A2");
  });

  it("reports every problem of a row at once", () => {
    const grid = sheet([HEADER, ["CD001", "", "", "hôm qua", "?", ""]]);
    expect(rowsToUnitList(grid).findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "unit-list.name-missing@B2",
      "unit-list.membership-invalid@E2",
      "unit-list.date-invalid@D2",
    ]);
  });

  it("reports a sheet without the header row once, naming the missing columns, in English when asked", () => {
    const grid = sheet([
      ["Mã đơn vị", "Tên"],
      ["CD001", "A"],
    ]);
    const { units: read, findings } = rowsToUnitList(grid, { lang: "en" });
    expect(read).toEqual([]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["unit-list.header-missing", null]]);
    expect(findings[0]?.message).toBe(
      "Sheet DanhSach: the header row of the list of units is not found (missing column Tên công đoàn cơ sở, Trực thuộc/Thành viên).",
    );
  });
});
