/**
 * `cdvc annotate` end to end (issue 9, item 3): a folder of generated unit workbooks with
 * seeded defects, a clean one, two copies from one unit, damaged and foreign files, annotated by
 * the built CLI; the marked copies are read back with ExcelJS and judged against what
 * `cdvc validate --json` says about the same folder.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { loadWorkbook, sheetXml } from "../support/readXlsx";
import { makeUnitWorkbook, type UnitWorkbookSpec } from "../support/unitWorkbook";
import { assertBuilt, readJson, runCli, workspace, type ValidateJson } from "./cli";
import { csv, truncated } from "./hostileFiles";

jest.setTimeout(180_000);

const PERIOD = "Năm 2024";
const CHECKS = "Kiểm tra";
const FILL = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
// What makeUnitWorkbook writes as the unit's name for the formula-like-name defect.
const FORMULA_NAME = '=HYPERLINK("http://example.com","CĐCS bị chèn công thức")';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function spec(code: string, extra: Partial<UnitWorkbookSpec> = {}): UnitWorkbookSpec {
  return { unitCode: code, unitName: `CĐCS ${code}`, period: PERIOD, cluster: "Cụm 1", ...extra };
}

/** The input folder: file name → how it is made. */
const INPUTS: ReadonlyArray<readonly [string, () => Promise<Uint8Array>]> = [
  ["CD001.xlsx", async () => (await makeUnitWorkbook(spec("CD001"))).bytes],
  [
    "CD002.xlsx",
    async () =>
      (
        await makeUnitWorkbook(
          spec("CD002", {
            layout: { columnOffset: 2, rowOffset: 3 },
            defects: ["not-a-number", "women-over-members", "score-over-max"],
          }),
        )
      ).bytes,
  ],
  [
    "CD003.xlsx",
    async () =>
      (
        await makeUnitWorkbook(
          spec("CD003", {
            unitName: "CĐCS bị chèn công thức",
            layout: { labels: "plain", reversedColumns: true },
            defects: ["formula-like-name"],
          }),
        )
      ).bytes,
  ],
  [
    "CD004.xlsx",
    async () =>
      (
        await makeUnitWorkbook(
          spec("CD004", { layout: { numbers: "text" }, defects: ["ref-error"] }),
        )
      ).bytes,
  ],
  [
    "CD005-lan1.xlsx",
    async () => (await makeUnitWorkbook(spec("CD005", { reportDate: day(2024, 12, 1) }))).bytes,
  ],
  [
    "CD005-lan2.xlsx",
    async () =>
      (
        await makeUnitWorkbook(
          spec("CD005", { reportDate: day(2024, 12, 10), defects: ["negative-count"] }),
        )
      ).bytes,
  ],
  [
    "CD006.xlsx",
    async () =>
      (
        await makeUnitWorkbook(
          spec("CD006", {
            layout: { mergedTitle: true, extraSheets: ["Kiểm tra"] },
            defects: ["missing-criterion", "fraction-of-person"],
          }),
        )
      ).bytes,
  ],
  [
    "CD007.xlsx",
    async () => (await makeUnitWorkbook(spec("CD007", { defects: ["wrong-period"] }))).bytes,
  ],
  ["hong.xlsx", async () => truncated((await makeUnitWorkbook(spec("CD008"))).bytes)],
  [
    // A workbook the reader accepts (it never reads docProps/app.xml) but ExcelJS cannot load.
    "CD009.xlsx",
    async () => {
      const made = await makeUnitWorkbook(spec("CD009", { defects: ["not-a-number"] }));
      return zipSync({ ...unzipSync(made.bytes), "docProps/app.xml": strToU8("<<<") });
    },
  ],
  ["bang.csv", async () => csv()],
  ["khong ma.xlsx", async () => (await makeUnitWorkbook(spec(""))).bytes],
];

/** Which copy each file with findings gets; the rest get none. */
const COPIES: Readonly<Record<string, string>> = {
  "CD002.xlsx": "CD002-kiem-tra.xlsx",
  "CD003.xlsx": "CD003-kiem-tra.xlsx",
  "CD004.xlsx": "CD004-kiem-tra.xlsx",
  "CD005-lan1.xlsx": "CD005-kiem-tra.xlsx",
  "CD005-lan2.xlsx": "CD005-kiem-tra-2.xlsx",
  "CD006.xlsx": "CD006-kiem-tra.xlsx",
  "CD007.xlsx": "CD007-kiem-tra.xlsx",
  "khong ma.xlsx": "khong_ma-kiem-tra.xlsx",
};

type Finding = ValidateJson["files"][number]["findings"][number];

function hashes(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(join(folder, name)))
          .digest("hex"),
      ]),
  );
}

function noteText(workbook: Workbook, sheet: string, cell: string): string {
  const note = workbook.getWorksheet(sheet)?.getCell(cell).note as
    string | { texts?: Array<{ text: string }> } | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** "Sheet!A1" of every cell of the unit's own sheets filled with a mark's colour. */
function markedCells(workbook: Workbook, checksSheet: string): string[] {
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === checksSheet) continue;
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill;
        const argb = fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
        if (argb === FILL.error || argb === FILL.warning) out.push(`${sheet.name}!${cell.address}`);
      }),
    );
  }
  return out.sort();
}

beforeAll(() => assertBuilt());

describe("cdvc annotate: a folder of unit workbooks", () => {
  let dir: ReturnType<typeof workspace>;
  let out: string;
  let json: ValidateJson;
  let before: Record<string, string>;
  let first: Awaited<ReturnType<typeof runCli>>;
  const copies = new Map<string, Workbook>();

  beforeAll(async () => {
    dir = workspace("annotate");
    for (const [name, make] of INPUTS) writeFileSync(join(dir.input, name), await make());
    before = hashes(dir.input);
    out = join(dir.output, "gui-lai", "2024");
    first = await runCli(["annotate", dir.input, "--out", out, "--deadline", "31/12/2024"]);
    const validated = await runCli([
      "validate",
      dir.input,
      "--deadline",
      "31/12/2024",
      "--json",
      join(dir.output, "v.json"),
    ]);
    expect(validated.code).toBe(1);
    json = readJson<ValidateJson>(join(dir.output, "v.json"));
    for (const copy of Object.values(COPIES)) {
      const path = join(out, copy);
      if (existsSync(path))
        copies.set(copy, await loadWorkbook(new Uint8Array(readFileSync(path))));
    }
  });
  afterAll(() => dir?.remove());

  it("writes one copy per file with findings, named with the unit's code, and exits 0", () => {
    expect(first.stderr).not.toMatch(/Error|at .*\.cjs/);
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(Object.values(COPIES).sort());
    const withFindings = json.files.filter((f) => f.findings.length > 0).map((f) => f.file);
    expect(Object.keys(COPIES).every((file) => withFindings.includes(file))).toBe(true);
  });

  it("says what became of every file: copied, clean, or not openable with its findings", () => {
    for (const [file, copy] of Object.entries(COPIES)) {
      expect(first.stdout).toContain(`${file} → ${join(out, copy)}`);
    }
    expect(first.stdout).toContain("CD001.xlsx: không có lỗi, không tạo bản đánh dấu.");
    for (const file of ["hong.xlsx", "bang.csv", "CD009.xlsx"]) {
      expect(first.stdout).toContain(
        `${file}: không mở được, không tạo bản đánh dấu. Các lỗi của tệp:`,
      );
      const finding = json.files.find((f) => f.file === file)!.findings[0]!;
      expect(first.stdout).toContain(`  - ${finding.message}`);
    }
    expect(first.stdout).toContain("  - Tệp CD009.xlsx: không mở được để tạo bản đánh dấu lỗi (");
    expect(first.stdout).toContain(
      `Tổng: ${INPUTS.length} tệp — ${Object.keys(COPIES).length} bản đánh dấu đã ghi vào ${out}, 1 tệp không có lỗi, 3 tệp không mở được, 0 bản không ghi được.`,
    );
  });

  it("leaves every original byte for byte as it was, and adds nothing beside them", () => {
    expect(hashes(dir.input)).toEqual(before);
  });

  it.each(Object.entries(COPIES))(
    "marks in the copy of %s every finding's cell, with the worst severity's fill and its messages",
    (file, copy) => {
      const workbook = copies.get(copy)!;
      const findings = json.files.find((f) => f.file === file)!.findings;
      const checks = workbook.worksheets[workbook.worksheets.length - 1]!.name;
      const byCell = new Map<string, Finding[]>();
      for (const f of findings.filter((f) => f.sheet && f.cell)) {
        const key = `${f.sheet}!${f.cell}`;
        byCell.set(key, [...(byCell.get(key) ?? []), f]);
      }
      expect(markedCells(workbook, checks)).toEqual([...byCell.keys()].sort());
      for (const [key, onCell] of byCell) {
        const [sheet, cell] = key.split("!") as [string, string];
        const fill = workbook.getWorksheet(sheet)!.getCell(cell).fill;
        const worst = onCell.some((f) => f.severity === "error") ? "error" : "warning";
        expect([key, fill?.type === "pattern" ? fill.fgColor?.argb : null]).toEqual([
          key,
          FILL[worst],
        ]);
        for (const f of onCell) expect(noteText(workbook, sheet, cell)).toContain(f.message);
      }
    },
  );

  it.each(Object.entries(COPIES))(
    "lists every finding of %s on the copy's Kiểm tra sheet",
    (file, copy) => {
      const workbook = copies.get(copy)!;
      const findings = json.files.find((f) => f.file === file)!.findings;
      const sheet = workbook.worksheets[workbook.worksheets.length - 1]!;
      const listed = findings.map((_, i) => sheet.getRow(6 + i));
      expect(
        listed.map((r) => [
          r.getCell(3).value,
          r.getCell(4).value ?? null,
          r.getCell(5).value ?? null,
        ]),
      ).toEqual(findings.map((f) => [f.code, f.sheet, f.cell]));
      expect(listed.map((r) => r.getCell(6).value)).toEqual(findings.map((f) => f.message));
      expect(sheet.getRow(6 + findings.length).getCell(1).value).toBeNull();
    },
  );

  it("marks the batch's own findings too: the wrong period, the replaced copy", () => {
    const period = json.files.find((f) => f.file === "CD007.xlsx")!.findings;
    expect(period.map((f) => f.code)).toContain("period.mismatch");
    const replaced = json.files.find((f) => f.file === "CD005-lan1.xlsx")!.findings;
    expect(replaced.map((f) => f.code)).toEqual(["unit.replaced"]);
    const listed = copies
      .get("CD005-kiem-tra.xlsx")!
      .getWorksheet(CHECKS)!
      .getRow(6)
      .getCell(3).value;
    expect(listed).toBe("unit.replaced");
  });

  it("names its sheet Kiểm tra (2) beside a unit's own Kiểm tra sheet", () => {
    const names = copies.get("CD006-kiem-tra.xlsx")!.worksheets.map((s) => s.name);
    expect(names).toEqual(["Kiểm tra", "BaoCao", "ChamDiem", "Kiểm tra (2)"]);
  });

  it("keeps a name that looks like a formula as text, in the unit's sheet and in the list", () => {
    const bytes = new Uint8Array(readFileSync(join(out, "CD003-kiem-tra.xlsx")));
    expect(sheetXml(bytes, CHECKS)).not.toMatch(/<f[ >]/);
    expect(sheetXml(bytes, "BaoCao")).not.toMatch(/<f>[^<]*HYPERLINK/);
    const workbook = copies.get("CD003-kiem-tra.xlsx")!;
    const values: unknown[] = [];
    workbook
      .getWorksheet("BaoCao")!
      .eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(FORMULA_NAME);
  });
});

describe("cdvc annotate: what it will not overwrite", () => {
  let dir: ReturnType<typeof workspace>;

  beforeAll(async () => {
    dir = workspace("annotate-force");
    for (const [name, make] of INPUTS.filter(([n]) => n === "CD002.xlsx" || n === "CD003.xlsx")) {
      writeFileSync(join(dir.input, name), await make());
    }
  });
  afterAll(() => dir?.remove());

  it("refuses an existing copy without --force, writes the others, and exits 1", async () => {
    writeFileSync(join(dir.output, "CD002-kiem-tra.xlsx"), "bản cũ");
    const run = await runCli(["annotate", dir.input, "--out", dir.output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `CD002.xlsx: '${join(dir.output, "CD002-kiem-tra.xlsx")}' đã có, không ghi đè (dùng --force để ghi đè).`,
    );
    expect(readFileSync(join(dir.output, "CD002-kiem-tra.xlsx"), "utf8")).toBe("bản cũ");
    expect(existsSync(join(dir.output, "CD003-kiem-tra.xlsx"))).toBe(true);
  });

  it("overwrites it with --force, and exits 0", async () => {
    const run = await runCli(["annotate", dir.input, "--out", dir.output, "--force"]);
    expect(run.code).toBe(0);
    const copy = await loadWorkbook(
      new Uint8Array(readFileSync(join(dir.output, "CD002-kiem-tra.xlsx"))),
    );
    expect(copy.worksheets.map((s) => s.name)).toEqual(["BaoCao", "ChamDiem", CHECKS]);
  });

  it("refuses the input folder as --out, with exit 2 and nothing written", async () => {
    const inputsBefore = hashes(dir.input);
    const run = await runCli(["annotate", dir.input, "--out", dir.input, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out không được là thư mục báo cáo");
    expect(hashes(dir.input)).toEqual(inputsBefore);
  });

  it("refuses a file as --out, with exit 2", async () => {
    const file = join(dir.output, "not-a-folder.txt");
    writeFileSync(file, "x");
    const run = await runCli(["annotate", dir.input, "--out", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out phải là một thư mục: '${file}' là một tệp`);
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  it("never overwrites an input file, even with --force", async () => {
    const other = workspace("annotate-input");
    try {
      writeFileSync(join(other.input, "CD002-kiem-tra.xlsx"), await INPUTS[1]![1]());
      const before = hashes(other.input);
      // The file given is itself named as its copy would be, and --out is its folder's path
      // written differently, so only the per-file guard stands in the way.
      const run = await runCli([
        "annotate",
        join(other.input, "CD002-kiem-tra.xlsx"),
        "--out",
        join(other.input, ".", "."),
        "--force",
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("là một tệp được kiểm tra; tệp gốc không bao giờ bị ghi đè.");
      expect(hashes(other.input)).toEqual(before);
    } finally {
      other.remove();
    }
  });
});
