/**
 * Builders of `WorkbookGrid` values for tests: sheets from compact row arrays, single cells
 * patched by A1 address, and the report form filled in correctly (`reportWorkbook`), whose
 * layout the tests state addresses against.
 */
import { fromA1 } from "../../src/core/grid/address";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid/cell";

/** A cell written compactly: text, number, boolean, Date, a full `Cell`, or null/undefined for blank. */
export type CellInput = Cell | string | number | boolean | Date | null | undefined;

/** The plain cell for a compact input. */
export function toCell(input: CellInput): Cell | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "string") return { t: "s", v: input };
  if (typeof input === "number") return { t: "n", v: input };
  if (typeof input === "boolean") return { t: "b", v: input };
  if (input instanceof Date) return { t: "d", v: input };
  return input;
}

/** A sheet from rows of compact cells; `rows[0]` is row 1, `rows[0][0]` is A1. */
export function sheet(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellInput> | undefined>,
): SheetGrid {
  return { name, rows: rows.map((row) => row?.map(toCell)) };
}

/** A workbook of these sheets, in this tab order. */
export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheetNames: sheets.map((s) => s.name), sheets };
}

/** A formula cell: with its cached value when given, else never computed (`t: "f"`). */
export function formula(text: string, cached?: number | string): Cell {
  if (cached === undefined) return { t: "f", formula: text };
  return typeof cached === "number"
    ? { t: "n", v: cached, formula: text }
    : { t: "s", v: cached, formula: text };
}

/** An error value such as `#REF!`, as a formula leaves it. */
export function errorValue(value: string, text = "A1/0"): Cell {
  return { t: "e", v: value, formula: text };
}

/** The UTC midnight of a day, as the readers give date cells. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** A copy of the workbook with cells of one sheet replaced by address (null blanks a cell). */
export function withCells(
  grid: WorkbookGrid,
  sheetName: string,
  cells: Readonly<Record<string, CellInput>>,
): WorkbookGrid {
  return mapSheet(grid, sheetName, (s) => {
    const rows = s.rows.map((row) => (row ? [...row] : undefined));
    for (const [address, input] of Object.entries(cells)) {
      const at = fromA1(address);
      if (!at) throw new Error(`not an A1 address: ${address}`);
      while (rows.length <= at.row) rows.push(undefined);
      const row = (rows[at.row] ??= []);
      row[at.col] = toCell(input);
    }
    return { name: s.name, rows };
  });
}

/** A copy of the workbook with rows of one sheet (1-based numbers) deleted, the rows below moving up. */
export function withoutRows(
  grid: WorkbookGrid,
  sheetName: string,
  rowNumbers: number[],
): WorkbookGrid {
  const drop = new Set(rowNumbers.map((n) => n - 1));
  return mapSheet(grid, sheetName, (s) => ({
    name: s.name,
    rows: s.rows.filter((_, i) => !drop.has(i)),
  }));
}

/** A copy of the workbook with rows appended to one sheet. */
export function withRows(
  grid: WorkbookGrid,
  sheetName: string,
  rows: ReadonlyArray<ReadonlyArray<CellInput> | undefined>,
): WorkbookGrid {
  return mapSheet(grid, sheetName, (s) => ({
    name: s.name,
    rows: [...s.rows, ...sheet("", rows).rows],
  }));
}

/** A copy of one sheet moved `down` rows and `right` columns, as a unit inserting rows and columns does. */
export function shifted(s: SheetGrid, down: number, right: number): SheetGrid {
  const pad = <T>(n: number): (T | undefined)[] => Array.from({ length: n }, () => undefined);
  return {
    name: s.name,
    rows: [...pad<undefined>(down), ...s.rows.map((row) => row && [...pad<Cell>(right), ...row])],
  };
}

/** A copy of the workbook with one sheet renamed. */
export function renamed(grid: WorkbookGrid, from: string, to: string): WorkbookGrid {
  const out = mapSheet(grid, from, (s) => ({ name: to, rows: s.rows }));
  return { ...out, sheetNames: out.sheetNames.map((n) => (n === from ? to : n)) };
}

/** A copy of the workbook without one sheet. */
export function withoutSheet(grid: WorkbookGrid, name: string): WorkbookGrid {
  return {
    sheetNames: grid.sheetNames.filter((n) => n !== name),
    sheets: grid.sheets.filter((s) => s.name !== name),
  };
}

function mapSheet(grid: WorkbookGrid, name: string, f: (s: SheetGrid) => SheetGrid): WorkbookGrid {
  if (!grid.sheets.some((s) => s.name === name)) throw new Error(`no sheet ${name}`);
  return {
    sheetNames: grid.sheetNames,
    sheets: grid.sheets.map((s) => (s.name === name ? f(s) : s)),
  };
}

/**
 * The indicator rows of the filled-in form: [code, label, unit, target, actual], in sheet order
 * with section titles (a string) between them. With `reportWorkbook()` DV01 is on row 12 and the
 * columns are A STT, B Mã số, C Chỉ tiêu, D Đơn vị tính, E Kế hoạch, F Thực hiện, G Ghi chú:
 * DV01–DV05 rows 12–16, CL01–CL06 rows 18–23, TD01–TD04 rows 25–28, XD01–XD02 rows 30–31,
 * CB01 row 33 (rows 11, 17, 24, 29 and 32 are section titles).
 */
const INDICATOR_ROWS: ReadonlyArray<
  string | readonly [string, string, string, CellInput, CellInput]
> = [
  "I. PHÁT TRIỂN ĐOÀN VIÊN",
  ["DV01", "Tổng số CBCCVC, người lao động", "người", null, 120],
  ["DV02", "Tổng số đoàn viên công đoàn", "người", null, 100],
  ["DV03", "Trong đó: đoàn viên nữ", "người", null, 60],
  ["DV04", "Đoàn viên kết nạp mới trong kỳ", "người", 10, 12],
  ["DV05", "Đoàn viên giảm trong kỳ", "người", null, 1],
  "II. CHĂM LO ĐỜI SỐNG",
  ["CL01", "Tổ chức Hội nghị CBCCVC", "Có/Không", "Có", "Có"],
  ["CL02", "Lượt đoàn viên được thăm hỏi, trợ cấp", "lượt", null, 40],
  ["CL03", "Số tiền thăm hỏi, trợ cấp", "triệu đồng", null, 22.75],
  ["CL04", "Suất quà tặng đoàn viên", "suất", null, 100],
  ["CL05", 'Nhà "Mái ấm Công đoàn" xây mới, sửa chữa', "căn", null, 1],
  ["CL06", "Đóng góp các quỹ xã hội, từ thiện", "triệu đồng", null, 5.5],
  "III. PHONG TRÀO THI ĐUA",
  ["TD01", "Sáng kiến, giải pháp được công nhận", "sáng kiến", 3, 4],
  ["TD02", "Hoạt động văn hóa, văn nghệ, thể dục thể thao", "hoạt động", null, 6],
  ["TD03", "Lượt người tham gia hoạt động VHVN-TDTT", "lượt", null, 300],
  ["TD04", 'Đạt chuẩn "Cơ quan văn hóa"', "Có/Không", null, "Có"],
  "IV. XÂY DỰNG ĐẢNG",
  ["XD01", "Đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp", "người", 2, 3],
  ["XD02", "Đoàn viên được kết nạp Đảng", "người", null, 1],
  "V. CÁN BỘ CÔNG ĐOÀN",
  ["CB01", "Lượt cán bộ công đoàn được tập huấn", "lượt", 10, 12],
];

/**
 * The criterion rows: [code, label, max, self]. With `reportWorkbook()` the header is row 3
 * (A Mã số, B Tiêu chí, C Điểm chuẩn, D Tự chấm, E Thẩm định, F Ghi chú), TC1–TC7 are rows 4–10
 * (self scores sum to 92, appraised scores empty) and row 11 is `Tổng cộng` with C11 = 100,
 * D11 = 92 and E11 a SUM formula never computed.
 */
const CRITERION_ROWS: ReadonlyArray<readonly [string, string, number, number]> = [
  ["TC1", "Tổ chức Hội nghị CBCCVC, thực hiện quy chế dân chủ", 15, 14],
  ["TC2", "Chăm lo đời sống, bảo vệ quyền lợi đoàn viên", 20, 18],
  ["TC3", "Tổ chức các phong trào thi đua", 20, 19],
  ["TC4", "Tuyên truyền, giáo dục đoàn viên", 10, 9],
  ["TC5", "Phát triển đoàn viên, xây dựng CĐCS vững mạnh", 20, 18],
  ["TC6", "Công tác nữ công", 5, 5],
  ["TC7", "Công tác kiểm tra, tài chính công đoàn", 10, 9],
];

/**
 * A correctly filled-in report form (18 default indicators, 7 criteria) that yields no finding.
 * Sheet BaoCao: fields in A2:A8 with values in C2:C8 — C2 Phiên bản mẫu "CDVC-BC 1", C3 Mã đơn
 * vị, C4 Tên công đoàn cơ sở, C5 Kỳ báo cáo, C6 Cụm thi đua, C7 Ngày thành lập (a date cell),
 * C8 Ngày báo cáo (a date cell); the table header on row 10 (see INDICATOR_ROWS). Sheet
 * ChamDiem: see CRITERION_ROWS. No DeNghiKhenThuong sheet.
 */
export function reportWorkbook(
  unit: {
    code?: string;
    name?: string;
    period?: string;
    cluster?: string;
    reportDate?: CellInput;
  } = {},
): WorkbookGrid {
  const baoCao: CellInput[][] = [
    ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ"],
    ["Phiên bản mẫu", null, "CDVC-BC 1"],
    ["Mã đơn vị", null, unit.code ?? "CD001"],
    ["Tên công đoàn cơ sở", null, unit.name ?? "Công đoàn Sở Y tế"],
    ["Kỳ báo cáo", null, unit.period ?? "Năm 2024"],
    ["Cụm thi đua", null, unit.cluster ?? "Cụm 1"],
    ["Ngày thành lập", null, day(2010, 3, 15)],
    ["Ngày báo cáo", null, unit.reportDate === undefined ? day(2024, 12, 10) : unit.reportDate],
    [],
    ["STT", "Mã số", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Ghi chú"],
  ];
  let section = 0;
  let stt = 0;
  for (const row of INDICATOR_ROWS) {
    if (typeof row === "string") {
      section += 1;
      baoCao.push([String(section), null, row]);
    } else {
      stt += 1;
      const [code, label, unitName, target, actual] = row;
      baoCao.push([stt, code, label, unitName, target, actual, null]);
    }
  }
  const chamDiem: CellInput[][] = [
    ["BẢNG TỰ CHẤM ĐIỂM THI ĐUA"],
    [],
    ["Mã số", "Tiêu chí", "Điểm chuẩn", "Tự chấm", "Thẩm định", "Ghi chú"],
    ...CRITERION_ROWS.map(([code, label, max, self]) => [code, label, max, self, null, null]),
    [null, "Tổng cộng", 100, 92, formula("SUM(E4:E10)")],
  ];
  return workbook(sheet("BaoCao", baoCao), sheet("ChamDiem", chamDiem));
}

/**
 * One proposal as the tests write it: [name, Đối tượng, Chức vụ đơn vị công tác, Hình thức đề
 * nghị, Loại, Thành tích]; STT is numbered by `proposalSheet`.
 */
export type ProposalInput = readonly [
  CellInput,
  CellInput,
  CellInput,
  CellInput,
  CellInput,
  CellInput,
];

/**
 * Sheet DeNghiKhenThuong with these proposals: a title on row 1, the table header on row 3
 * (A STT, B Họ và tên / Tên tập thể, C Đối tượng, D Chức vụ, đơn vị công tác, E Hình thức đề
 * nghị, F Loại, G Thành tích) and the proposals from row 4, numbered in STT.
 */
export function proposalSheet(proposals: readonly ProposalInput[]): SheetGrid {
  return sheet("DeNghiKhenThuong", [
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"],
    [],
    [
      "STT",
      "Họ và tên / Tên tập thể",
      "Đối tượng",
      "Chức vụ, đơn vị công tác",
      "Hình thức đề nghị",
      "Loại",
      "Thành tích",
    ],
    ...proposals.map((p, i) => [i + 1, ...p]),
  ]);
}

/** A copy of the workbook with sheet DeNghiKhenThuong holding these proposals (see proposalSheet). */
export function withProposals(
  grid: WorkbookGrid,
  proposals: readonly ProposalInput[],
): WorkbookGrid {
  const proposalsSheet = proposalSheet(proposals);
  return {
    sheetNames: [...grid.sheetNames, proposalsSheet.name],
    sheets: [...grid.sheets, proposalsSheet],
  };
}

/** Findings as [code, cell] pairs, the shape the table tests state. */
export function codesAndCells(
  findings: ReadonlyArray<{ code: string; cell: string | null }>,
): [string, string | null][] {
  return findings.map((f) => [f.code, f.cell]);
}
