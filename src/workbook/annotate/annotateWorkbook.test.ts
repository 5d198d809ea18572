import type { Workbook } from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { loadWorkbook, sheetXml, xlsxParts } from "../../../test/support/readXlsx";
import { makeUnitWorkbook, type UnitDefect } from "../../../test/support/unitWorkbook";
import type { Finding } from "../../core/findings/finding";
import type { SheetGrid } from "../../core/grid/cell";
import { defaultRules } from "../../core/rules";
import { checkWorkbook } from "../checkWorkbook";
import { loadExcelJS } from "../excel/loadExcelJS";
import { readWorkbook } from "../reader";
import { writeTemplate } from "../template";
import { annotateWorkbook, AnnotationError } from "./annotateWorkbook";
import { FINDINGS_LAYOUT } from "./findingsSheet";

jest.setTimeout(30_000);

const FILE = "CD008.xlsx";
const UNIT = { code: "CD008", name: "CĐCS Sở Y tế" };
const ERROR_FILL = "FFFFC7CE";
const WARNING_FILL = "FFFFEB9C";
const INPUT_FILL = "FFFFF2CC";
const CHECKS = "Kiểm tra";

async function unitFile(defects: readonly UnitDefect[]) {
  const made = await makeUnitWorkbook({
    unitCode: UNIT.code,
    unitName: UNIT.name,
    period: "Năm 2024",
    defects,
  });
  const entry = checkWorkbook(made.bytes, FILE, defaultRules);
  return { ...made, findings: entry.result.findings };
}

async function annotated(bytes: Uint8Array, findings: readonly Finding[]): Promise<Workbook> {
  return loadWorkbook(await annotateWorkbook(bytes, findings, { file: FILE, unit: UNIT }));
}

/** A workbook written by ExcelJS after `build` fills it. */
async function workbookBytes(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function at(ref: string): { sheet: string; cell: string } {
  const [sheet, cell] = ref.split("!");
  return { sheet: sheet!, cell: cell! };
}

function fillOf(workbook: Workbook, ref: string): string | undefined {
  const { sheet, cell } = at(ref);
  const fill = workbook.getWorksheet(sheet)!.getCell(cell).fill;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

function noteOf(workbook: Workbook, ref: string): string {
  const { sheet, cell } = at(ref);
  const note = workbook.getWorksheet(sheet)!.getCell(cell).note as
    string | { texts?: Array<{ text: string }> } | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** Every "Sheet!A1" of the unit's sheets whose fill is a mark's colour. */
function markedCells(workbook: Workbook): string[] {
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === CHECKS) continue;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill;
        const argb = fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
        if (argb === ERROR_FILL || argb === WARNING_FILL) out.push(`${sheet.name}!${cell.address}`);
      }),
    );
  }
  return out.sort();
}

/** Every note of the unit's sheets, as "Sheet!A1". */
function notedCells(workbook: Workbook): string[] {
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.note !== undefined) out.push(`${sheet.name}!${cell.address}`);
      }),
    );
  }
  return out.sort();
}

function finding(
  severity: "error" | "warning",
  sheet: string | null,
  cell: string | null,
  message = "Thông báo",
): Finding {
  return { code: "test.finding", severity, file: FILE, sheet, cell, message, hint: "Cách sửa." };
}

describe("annotateWorkbook: the marks on the unit's cells", () => {
  it.each<[string, UnitDefect, "error" | "warning", string]>([
    ["text that is not a number", "not-a-number", "error", "number.not-a-number"],
    ["women more than members", "women-over-members", "error", "indicator.exceeds"],
    ["a self score above the max", "score-over-max", "error", "score.above-max"],
    ["a negative count", "negative-count", "error", "indicator.negative"],
    ["a formula error", "ref-error", "error", "number.formula-error"],
    ["a name that looks like a formula", "formula-like-name", "warning", "text.formula-like"],
  ])("marks %s at its cell with the %s fill and a note", async (_, defect, severity, code) => {
    const { bytes, cells, findings } = await unitFile([defect]);
    const ref = cells[defect]!;
    const found = findings.find((f) => f.code === code);
    expect(found).toMatchObject({ severity, ...at(ref) });
    const copy = await annotated(bytes, findings);
    expect(fillOf(copy, ref)).toBe(severity === "error" ? ERROR_FILL : WARNING_FILL);
    expect(noteOf(copy, ref)).toContain(found!.message);
    expect(noteOf(copy, ref)).toContain(found!.hint);
  });

  it("marks exactly the cells the findings name, and no other", async () => {
    const defects: UnitDefect[] = [
      "not-a-number",
      "women-over-members",
      "score-over-max",
      "fraction-of-person",
      "missing-criterion",
    ];
    const { bytes, cells, findings } = await unitFile(defects);
    const copy = await annotated(bytes, findings);
    const named = [...new Set(findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`))];
    expect(markedCells(copy)).toEqual(named.sort());
    expect(notedCells(copy).filter((ref) => !ref.startsWith(CHECKS))).toEqual(named.sort());
    for (const defect of defects.filter((d) => d !== "missing-criterion")) {
      expect(named).toContain(cells[defect]);
    }
  });

  it("gives a cell with an error and a warning the error's fill and both messages", async () => {
    const { bytes } = await unitFile([]);
    const findings = [
      finding("warning", "BaoCao", "F14", "cảnh báo một"),
      finding("error", "BaoCao", "F14", "lỗi hai"),
    ];
    const copy = await annotated(bytes, findings);
    expect(fillOf(copy, "BaoCao!F14")).toBe(ERROR_FILL);
    expect(noteOf(copy, "BaoCao!F14")).toBe(
      "CĐVC Thi đua – kết quả kiểm tra:\nCảnh báo: cảnh báo một Cách sửa.\nLỗi: lỗi hai Cách sửa.",
    );
  });

  it("matches a finding's sheet ignoring case, and marks a range at its top-left cell", async () => {
    const { bytes } = await unitFile([]);
    const copy = await annotated(bytes, [finding("error", "baocao", "$F$14:G15")]);
    expect(markedCells(copy)).toEqual(["BaoCao!F14"]);
  });

  it("adds its note below a note the unit wrote, plain or rich", async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("BaoCao");
      sheet.getCell("B2").value = 1;
      sheet.getCell("B2").note = "Ghi chú của đơn vị";
      sheet.getCell("B3").value = 2;
      sheet.getCell("B3").note = {
        texts: [
          { font: { bold: true, size: 9, name: "Tahoma" }, text: "Người lập: " },
          { text: "Lan" },
        ],
      };
    });
    const copy = await annotated(bytes, [
      finding("error", "BaoCao", "B2", "lỗi B2"),
      finding("warning", "BaoCao", "B3", "cảnh báo B3"),
    ]);
    expect(noteOf(copy, "BaoCao!B2")).toMatch(
      /^Ghi chú của đơn vị\n\nCĐVC Thi đua – .*\nLỗi: lỗi B2/,
    );
    expect(noteOf(copy, "BaoCao!B3")).toMatch(
      /^Người lập: Lan\n\nCĐVC Thi đua – .*\nCảnh báo: cảnh báo B3/,
    );
    const runs = (
      copy.getWorksheet("BaoCao")!.getCell("B3").note as {
        texts: Array<{ font?: { bold?: boolean } }>;
      }
    ).texts;
    expect(runs[0]!.font?.bold).toBe(true);
  });

  it("marks the top-left cell of a merged block that a finding points into", async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("BaoCao");
      sheet.getCell("B2").value = "Tên đơn vị";
      sheet.mergeCells("B2:D2");
    });
    const copy = await annotated(bytes, [finding("error", "BaoCao", "C2")]);
    expect(fillOf(copy, "BaoCao!B2")).toBe(ERROR_FILL);
    expect(noteOf(copy, "BaoCao!B2")).toContain("Thông báo");
    expect(copy.getWorksheet("BaoCao")!.getCell("C2").isMerged).toBe(true);
  });

  it("colours only the marked cell of cells sharing one style (the form's yellow input cells)", async () => {
    const template = await writeTemplate(defaultRules, { unitCode: "CD008", period: "Năm 2024" });
    const findings = checkWorkbook(template, FILE, defaultRules).result.findings;
    const original = await loadWorkbook(template);
    const inputs: string[] = [];
    original.getWorksheet("BaoCao")!.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill;
        if (fill?.type === "pattern" && fill.fgColor?.argb === INPUT_FILL)
          inputs.push(`BaoCao!${cell.address}`);
      }),
    );
    const target = inputs[5]!;
    const copy = await annotated(template, [
      finding("error", ...(Object.values(at(target)) as [string, string])),
    ]);
    expect(fillOf(copy, target)).toBe(ERROR_FILL);
    expect(inputs.filter((ref) => ref !== target).map((ref) => fillOf(copy, ref))).toEqual(
      inputs.filter((ref) => ref !== target).map(() => INPUT_FILL),
    );
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe("annotateWorkbook: the Kiểm tra sheet", () => {
  it("lists every finding in order: number, severity, code, sheet, cell, message, hint", async () => {
    const { bytes, findings } = await unitFile([
      "not-a-number",
      "score-over-max",
      "missing-criterion",
    ]);
    const copy = await annotated(bytes, findings);
    const sheet = copy.getWorksheet(CHECKS)!;
    const { firstDataRow, headerRow, columns } = FINDINGS_LAYOUT;
    expect(sheet.getRow(headerRow).values).toEqual([
      undefined,
      "STT",
      "Mức độ",
      "Mã lỗi",
      "Trang",
      "Ô",
      "Nội dung",
      "Cách khắc phục",
    ]);
    const rows = findings.map((_, i) => sheet.getRow(firstDataRow + i));
    expect(rows.map((r) => r.getCell(columns.no).value)).toEqual(findings.map((_, i) => i + 1));
    expect(rows.map((r) => r.getCell(columns.severity).value)).toEqual(
      findings.map((f) => (f.severity === "error" ? "Lỗi" : "Cảnh báo")),
    );
    expect(rows.map((r) => r.getCell(columns.code).value)).toEqual(findings.map((f) => f.code));
    expect(rows.map((r) => r.getCell(columns.sheet).value ?? null)).toEqual(
      findings.map((f) => f.sheet),
    );
    expect(rows.map((r) => r.getCell(columns.cell).value ?? null)).toEqual(
      findings.map((f) => f.cell),
    );
    expect(rows.map((r) => r.getCell(columns.message).value)).toEqual(
      findings.map((f) => f.message),
    );
    expect(rows.map((r) => r.getCell(columns.hint).value)).toEqual(findings.map((f) => f.hint));
    expect(sheet.getRow(firstDataRow + findings.length).getCell(columns.no).value).toBeNull();
    expect(findings.some((f) => f.cell === null)).toBe(true);
  });

  it("names the unit and the file, and counts errors, warnings and findings on no cell", async () => {
    const { bytes } = await unitFile([]);
    const copy = await annotated(bytes, [
      finding("error", "BaoCao", "F14"),
      finding("warning", "BaoCao", "F15"),
      finding("error", "ChamDiem", null),
      finding("error", "Không có", "A1"),
    ]);
    const sheet = copy.getWorksheet(CHECKS)!;
    expect(sheet.getCell("A1").value).toBe("KẾT QUẢ KIỂM TRA BÁO CÁO – CD008 – CĐCS Sở Y tế");
    expect(sheet.getCell("A2").value).toBe("Tệp được kiểm tra: CD008.xlsx. Có 3 lỗi, 1 cảnh báo.");
    expect(sheet.getCell(`A${FINDINGS_LAYOUT.unplacedRow}`).value).toMatch(
      /^2 lỗi không gắn với ô nào/,
    );
  });

  it("writes text that looks like a formula as text, in the title and the list", async () => {
    const { bytes, findings } = await unitFile(["formula-like-name"]);
    const name = '=HYPERLINK("http://example.com","CĐCS Sở Y tế")';
    const out = await annotateWorkbook(bytes, findings, {
      file: FILE,
      unit: { code: "CD008", name },
    });
    const xml = sheetXml(out, CHECKS);
    expect(xml).not.toMatch(/<f[ >]/);
    const sheet = (await loadWorkbook(out)).getWorksheet(CHECKS)!;
    expect(sheet.getCell("A1").value).toBe(`KẾT QUẢ KIỂM TRA BÁO CÁO – CD008 – ${name}`);
    const messages = findings.map(
      (_, i) => sheet.getRow(FINDINGS_LAYOUT.firstDataRow + i).getCell(6).value,
    );
    expect(messages.join("\n")).toContain("=HYPERLINK(");
    expect(messages.every((m) => typeof m === "string")).toBe(true);
  });

  it("is named Kiểm tra (2) when the unit has a sheet Kiểm tra, whose content is left alone", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("BaoCao").getCell("A1").value = 1;
      wb.addWorksheet("kiểm tra").getCell("A1").value = "ghi chép của đơn vị";
    });
    const copy = await annotated(bytes, [finding("error", "BaoCao", "A1")]);
    expect(copy.worksheets.map((s) => s.name)).toEqual(["BaoCao", "kiểm tra", "Kiểm tra (2)"]);
    expect(copy.getWorksheet("kiểm tra")!.getCell("A1").value).toBe("ghi chép của đơn vị");
  });

  it("is the only selected sheet and the one the copy opens on", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("BaoCao", { views: [{ state: "normal", tabSelected: true } as never] });
      wb.addWorksheet("ChamDiem", { views: [{ state: "normal", tabSelected: true } as never] });
      wb.getWorksheet("BaoCao")!.getCell("A1").value = 1;
    });
    const out = await annotateWorkbook(bytes, [finding("error", "BaoCao", "A1")], { file: FILE });
    expect(xlsxParts(out)["xl/workbook.xml"]).toMatch(/activeTab="2"/);
    expect(sheetXml(out, "BaoCao")).not.toContain("tabSelected");
    expect(sheetXml(out, "ChamDiem")).not.toContain("tabSelected");
    expect(sheetXml(out, CHECKS)).toContain('tabSelected="1"');
  });
});

describe("annotateWorkbook: what it keeps and what it never touches", () => {
  it("leaves the bytes it is given exactly as they were", async () => {
    const { bytes, findings } = await unitFile(["not-a-number", "women-over-members"]);
    const before = bytes.slice();
    await annotateWorkbook(bytes, findings, { file: FILE, unit: UNIT });
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(before))).toBe(0);
  });

  it("keeps every value and formula of every sheet of a filled-in unit workbook", async () => {
    const { bytes, findings } = await unitFile([
      "not-a-number",
      "ref-error",
      "formula-without-value",
    ]);
    const out = await annotateWorkbook(bytes, findings, { file: FILE, unit: UNIT });
    expectSameCells(bytes, out);
  });

  it("keeps the form's validations, merges, protection, widths, frozen panes and print titles", async () => {
    const template = await writeTemplate(defaultRules, { unitCode: "CD008", period: "Năm 2024" });
    const findings = checkWorkbook(template, FILE, defaultRules).result.findings;
    const out = await annotateWorkbook(template, findings, { file: FILE });
    expectSameCells(template, out);
    const before = await loadWorkbook(template);
    const after = await loadWorkbook(out);
    for (const original of before.worksheets) {
      const copy = after.getWorksheet(original.name)!;
      const model = (s: typeof copy) =>
        s.model as unknown as {
          merges: string[];
          dataValidations: Record<string, unknown>;
        };
      expect(model(copy).merges).toEqual(model(original).merges);
      expect(model(copy).dataValidations).toEqual(model(original).dataValidations);
      const protection = (s: typeof copy) =>
        (s as unknown as { sheetProtection: unknown }).sheetProtection;
      expect(protection(copy)).toEqual(protection(original));
      expect(copy.columns?.map((c) => c.width)).toEqual(original.columns?.map((c) => c.width));
      expect(copy.views).toEqual(original.views);
      expect(copy.pageSetup.printTitlesRow).toEqual(original.pageSetup.printTitlesRow);
    }
    expect(
      Object.keys(
        (before.getWorksheet("BaoCao")!.model as unknown as { dataValidations: object })
          .dataValidations,
      ).length,
    ).toBeGreaterThan(0);
  });

  it("keeps conditional formats, names, links, images, outlines, filters, hidden sheets, tab colours and footers", async () => {
    const png =
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5c60000000049454e44ae426082";
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("BaoCao", { properties: { tabColor: { argb: "FFFF0000" } } });
      sheet.getCell("A1").value = 5;
      sheet.getCell("B1").value = { text: "Hướng dẫn", hyperlink: "https://example.com/huong-dan" };
      sheet.getCell("A3").value = 1;
      sheet.getRow(3).outlineLevel = 1;
      sheet.addConditionalFormatting({
        ref: "A1:A10",
        rules: [
          {
            type: "cellIs",
            operator: "greaterThan",
            formulae: [3],
            priority: 1,
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00FF00" } } },
          },
        ],
      });
      wb.definedNames.add("BaoCao!$A$1", "TongSo");
      const image = wb.addImage({ buffer: Buffer.from(png, "hex") as never, extension: "png" });
      sheet.addImage(image, "D2:E4");
      sheet.autoFilter = "A1:B1";
      sheet.headerFooter.oddFooter = "Trang &P";
      wb.addWorksheet("An", { state: "hidden" }).getCell("A1").value = "ẩn";
    });
    const before = await loadWorkbook(bytes);
    const after = await annotated(bytes, [finding("error", "BaoCao", "A1")]);
    const [original, copy] = [before, after].map((wb) => wb.getWorksheet("BaoCao")!);
    const formats = (s: typeof copy) =>
      (s as unknown as { conditionalFormattings: unknown }).conditionalFormattings;
    expect(formats(copy!)).toEqual(formats(original!));
    expect(copy!.properties.tabColor).toEqual({ argb: "FFFF0000" });
    expect(copy!.getCell("B1").value).toEqual(original!.getCell("B1").value);
    expect(copy!.getRow(3).outlineLevel).toBe(original!.getRow(3).outlineLevel);
    expect(original!.getRow(3).outlineLevel).toBe(1);
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    expect(copy!.getImages()).toHaveLength(1);
    expect(copy!.autoFilter).toBe("A1:B1");
    expect(copy!.headerFooter.oddFooter).toBe("Trang &P");
    expect(after.getWorksheet("An")!.state).toBe("hidden");
  });

  it("copes with a validation over a whole column, keeping it over the rows a unit uses", async () => {
    const { bytes: made, findings } = await unitFile(["not-a-number"]);
    const workbook = await loadWorkbook(made);
    const validations = (
      workbook.getWorksheet("BaoCao") as unknown as {
        dataValidations: { add(range: string, rule: object): void };
      }
    ).dataValidations;
    validations.add("K1:K1048576", { type: "whole", operator: "greaterThan", formulae: [0] });
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const started = performance.now();
    const copy = await annotated(bytes, findings);
    expect(performance.now() - started).toBeLessThan(5_000);
    const kept = (
      copy.getWorksheet("BaoCao") as unknown as {
        dataValidations: { model: Record<string, unknown> };
      }
    ).dataValidations.model;
    expect(kept.K1).toBeDefined();
    expect(kept.K1000).toBeDefined();
    expect(kept.K100000).toBeUndefined();
  });

  it("sizes each note's box to its text, also on a sheet whose id is not its position", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("Tạm").getCell("A1").value = 0;
      const sheet = wb.addWorksheet("BaoCao");
      sheet.getCell("F14").value = 1;
      sheet.getCell("F15").value = 2;
      wb.removeWorksheet(wb.getWorksheet("Tạm")!.id);
    });
    const long = "x".repeat(38 * 3);
    const out = await annotateWorkbook(
      bytes,
      [finding("error", "BaoCao", "F14", long), finding("warning", "BaoCao", "F15", "ngắn")],
      { file: FILE },
    );
    const vml = Object.entries(xlsxParts(out)).find(([name]) => name.endsWith(".vml"))?.[1] ?? "";
    const anchors = [
      ...vml.matchAll(
        /<x:Anchor>([^<]*)<\/x:Anchor>[\s\S]*?<x:Row>(\d+)<\/x:Row><x:Column>(\d+)</g,
      ),
    ].map((m) => [m[2], m[3], m[1]]);
    // Both boxes start one column right (G, 15 px in) and a row above their cell (10 px in),
    // and are 300 px wide: four 64 px columns G–J, then 59 px into K. F14's note is the title
    // and "Lỗi: " + 114 × "x" + " Cách sửa." (129 characters, 4 lines of 38): 5 lines of 15 px
    // + 12 = 87 px, ending 17 px into 0-based row 16 (20 px rows). F15's is 2 lines: 42 px,
    // ending 12 px into row 15.
    expect(anchors).toEqual([
      ["13", "5", "6, 15, 12, 10, 10, 59, 16, 17"],
      ["14", "5", "6, 15, 13, 10, 10, 59, 15, 12"],
    ]);
  });
});

describe("annotateWorkbook: files it cannot open", () => {
  it.each<[string, () => Promise<Uint8Array>, string]>([
    [
      "text that is not a workbook",
      async () => new TextEncoder().encode("STT;Mã số\n1;DV01\n"),
      "file.csv",
    ],
    ["a truncated workbook", async () => (await unitFile([])).bytes.slice(0, 2000), "file.damaged"],
  ])("rejects %s with the reader's finding", async (_, make, code) => {
    const error = await annotateWorkbook(await make(), [], { file: FILE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).finding).toMatchObject({
      code,
      file: FILE,
      severity: "error",
    });
  });

  it("rejects a workbook the reader accepts but ExcelJS cannot load, saying why", async () => {
    const parts = unzipSync((await unitFile([])).bytes);
    // The reader never needs the application properties; ExcelJS parses them and fails.
    parts["docProps/app.xml"] = strToU8("<<<");
    const bytes = zipSync(parts);
    expect(readWorkbook(bytes, FILE).ok).toBe(true);
    const error = await annotateWorkbook(bytes, [], { file: FILE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).finding).toMatchObject({
      code: "annotate.cannot-open",
      file: FILE,
      severity: "error",
    });
  });
});

/** Every cell of every sheet of `before` is in `after` with the same value and formula. */
function expectSameCells(before: Uint8Array, after: Uint8Array): void {
  const read = (bytes: Uint8Array) => {
    const result = readWorkbook(bytes, FILE);
    if (!result.ok) throw new Error(result.findings[0]!.message);
    return result.workbook;
  };
  const original = read(before);
  const copy = read(after);
  expect(copy.sheetNames).toEqual([...original.sheetNames, CHECKS]);
  for (const sheet of original.sheets) {
    const copied = copy.sheets.find((s) => s.name === sheet.name)!;
    expect(cellsOf(copied)).toEqual(cellsOf(sheet));
  }
}

function cellsOf(sheet: SheetGrid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell && (out[`${r},${c}`] = cell)));
  return out;
}
