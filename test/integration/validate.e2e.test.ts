/**
 * `cdvc validate` end to end (issue 4): folders of generated workbooks the product has never
 * seen, written to a temporary folder, checked by the built CLI, judged on its JSON.
 */
import { existsSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeFinding } from "../../src/core/findings/makeFinding";
import {
  makeUnitWorkbook,
  validUnitValues,
  type UnitDefect,
  type UnitLayout,
  type UnitValues,
  type UnitWorkbookSpec,
} from "../support/unitWorkbook";
import { assertBuilt, readJson, runCli, workspace, type ValidateJson, type Workspace } from "./cli";
import {
  bitFlipped,
  csv,
  deepNesting,
  doctypeEntities,
  longSheet,
  notAZip,
  oldXls,
  passwordProtected,
  traversalOnly,
  truncated,
  withTraversalEntry,
  zipBomb,
} from "./hostileFiles";

jest.setTimeout(120_000);

const MB = 1024 * 1024;
const PERIOD = "Năm 2024";
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

type Finding = ValidateJson["files"][number]["findings"][number];

/** "BaoCao!F14" → { sheet: "BaoCao", cell: "F14" }; "ChamDiem" → { sheet, cell: null }. */
function at(ref: string | undefined): { sheet: string; cell: string | null } {
  if (!ref) throw new Error("the generator reported no cell");
  const [sheet, cell] = ref.split("!");
  return { sheet: sheet!, cell: cell ?? null };
}

function spec(n: number, extra: Partial<UnitWorkbookSpec> = {}): UnitWorkbookSpec {
  return {
    unitCode: `CD${String(n).padStart(3, "0")}`,
    unitName: `CĐCS Trường THPT số ${n}`,
    period: PERIOD,
    cluster: `Cụm ${1 + (n % 3)}`,
    founded: day(2000 + (n % 20), 1 + (n % 12), 1 + (n % 28)),
    values: validUnitValues(1000 + n),
    ...extra,
  };
}

/** Adds appraised scores (2 decimals, never above the max) to some criteria. */
function withAppraisal(values: UnitValues): UnitValues {
  const scores = { ...values.scores };
  scores.TC1 = { ...scores.TC1, appraised: 12.75 };
  scores.TC6 = { ...scores.TC6, appraised: 4.25 };
  return { ...values, scores };
}

function findingsOf(json: ValidateJson, file: string): readonly Finding[] {
  const entry = json.files.find((f) => f.file === file);
  if (!entry) throw new Error(`${file} is not in the JSON`);
  return entry.findings;
}

/** Findings as comparable rows, sorted. */
function rows(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? "-"}!${f.cell ?? "-"}`).sort();
}

beforeAll(() => assertBuilt());

describe("cdvc validate: a folder of varied valid layouts", () => {
  const LAYOUTS: ReadonlyArray<readonly [string, UnitLayout, Partial<UnitWorkbookSpec>?]> = [
    ["form", {}],
    ["shifted-columns", { columnOffset: 3 }],
    ["shifted-rows", { rowOffset: 4 }],
    ["shifted-both", { columnOffset: 1, rowOffset: 2 }],
    ["reversed-columns", { reversedColumns: true }],
    ["plain-labels", { labels: "plain" }],
    ["capital-labels", { labels: "capitals" }],
    ["plain-capital-labels", { labels: "plain-capitals" }],
    ["colon-gap", { colonGap: true }],
    ["text-dates", { dates: "text" }],
    ["date-cells-capitals-gap", { dates: "date", colonGap: true, labels: "capitals" }],
    ["reversed-sheets", { reversedSheets: true }],
    ["extra-sheets", { extraSheets: ["Sheet1", "Hướng dẫn", "Data"] }],
    ["no-sections", { sections: false }],
    ["unmerged-title", { mergedTitle: false }],
    ["no-total-row", { totalRow: false }],
    ["period-in-capitals", {}, { period: "NĂM 2024" }],
    ["period-without-diacritics", { labels: "plain" }, { period: "nam 2024" }],
    ["appraised", { reversedColumns: true }, { values: withAppraisal(validUnitValues(77)) }],
    ["no-cluster-no-founding", { rowOffset: 1 }, { cluster: undefined, founded: undefined }],
    [
      "everything-at-once",
      {
        columnOffset: 2,
        rowOffset: 1,
        reversedColumns: true,
        labels: "plain-capitals",
        colonGap: true,
        dates: "text",
        reversedSheets: true,
        extraSheets: ["Sheet1"],
        sections: false,
        mergedTitle: false,
      },
    ],
  ];
  const TEXT_LAYOUTS: ReadonlyArray<readonly [string, UnitLayout]> = [
    ["text-numbers", { numbers: "text" }],
    ["text-numbers-shifted", { numbers: "text", columnOffset: 2, reversedColumns: true }],
    ["text-numbers-plain", { numbers: "text", labels: "plain", dates: "text", colonGap: true }],
  ];

  let dir: Workspace;
  let json: ValidateJson;
  let exit: number | null;
  /** For each text-number file: the cells where a number was written as text. */
  const textCells = new Map<string, string[]>();

  beforeAll(async () => {
    dir = workspace("valid");
    let n = 0;
    for (const [name, layout, extra] of LAYOUTS) {
      const made = await makeUnitWorkbook({ ...spec(++n, extra), layout });
      writeFileSync(join(dir.input, `${name}.xlsx`), made.bytes);
    }
    for (const [name, layout] of TEXT_LAYOUTS) {
      const unit = spec(++n, { values: withAppraisal(validUnitValues(500 + n)) });
      const made = await makeUnitWorkbook({ ...unit, layout });
      writeFileSync(join(dir.input, `${name}.xlsx`), made.bytes);
      const cells: string[] = [];
      for (const [code, figures] of Object.entries(unit.values!.indicators)) {
        if (typeof figures.target === "number") cells.push(made.cellOf[`target:${code}`]!);
        if (typeof figures.actual === "number") cells.push(made.cellOf[`actual:${code}`]!);
      }
      for (const [code, score] of Object.entries(unit.values!.scores)) {
        if (typeof score.self === "number") cells.push(made.cellOf[`self:${code}`]!);
        if (typeof score.appraised === "number") cells.push(made.cellOf[`appraised:${code}`]!);
      }
      textCells.set(`${name}.xlsx`, cells.sort());
    }
    writeFileSync(join(dir.input, ".hidden-copy.xlsx"), new Uint8Array([1, 2, 3]));
    writeFileSync(join(dir.input, "~$form.xlsx"), new Uint8Array([4, 5, 6]));
    const run = await runCli(["validate", dir.input, "--json", join(dir.output, "v.json")]);
    exit = run.code;
    json = readJson<ValidateJson>(join(dir.output, "v.json"));
  });
  afterAll(() => dir?.remove());

  it("lists every input file exactly once, and the hidden and lock files as skipped", () => {
    const expected = [...LAYOUTS, ...TEXT_LAYOUTS].map(([name]) => `${name}.xlsx`).sort();
    expect(json.files.map((f) => f.file).sort()).toEqual(expected);
    expect(json.skipped).toEqual(
      expect.arrayContaining([
        { file: ".hidden-copy.xlsx", reason: "hidden" },
        { file: "~$form.xlsx", reason: "lock" },
      ]),
    );
    expect(json.skipped).toHaveLength(2);
  });

  it.each(LAYOUTS.map(([name]) => name))("reads %s with no finding at all", (name) => {
    expect(rows(findingsOf(json, `${name}.xlsx`))).toEqual([]);
    expect(json.files.find((f) => f.file === `${name}.xlsx`)?.status).toBe("ok");
  });

  it("reads each unit's code, name and period from its own layout", () => {
    const form = json.files.find((f) => f.file === "everything-at-once.xlsx");
    expect(form?.unit).toEqual({
      code: `CD0${LAYOUTS.length}`,
      name: `CĐCS Trường THPT số ${LAYOUTS.length}`,
      period: PERIOD,
    });
    expect(json.files.find((f) => f.file === "period-in-capitals.xlsx")?.unit?.period).toBe(PERIOD);
    expect(json.period).toBe(PERIOD);
  });

  it.each(TEXT_LAYOUTS.map(([name]) => name))(
    "warns, and only warns, at every number kept as text in %s",
    (name) => {
      const file = `${name}.xlsx`;
      const findings = findingsOf(json, file);
      expect(findings.every((f) => f.severity === "warning" && f.code === "number.as-text")).toBe(
        true,
      );
      expect(findings.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(textCells.get(file));
      expect(json.files.find((f) => f.file === file)?.status).toBe("warnings");
    },
  );

  it("exits 0, since no file has an error", () => {
    expect(exit).toBe(0);
  });
});

describe("cdvc validate: seeded defects", () => {
  // Each defect on a different layout, so "at its cell" is tested where the cell moved.
  const CASES: ReadonlyArray<readonly [UnitDefect, UnitLayout, string, "error" | "warning"]> = [
    ["not-a-number", { columnOffset: 2 }, "number.not-a-number", "error"],
    ["women-over-members", { reversedColumns: true }, "indicator.exceeds", "error"],
    ["members-over-employees", { rowOffset: 3, labels: "plain" }, "indicator.exceeds", "error"],
    ["score-over-max", { reversedSheets: true, columnOffset: 1 }, "score.above-max", "error"],
    ["missing-criterion", { labels: "capitals" }, "criterion.missing", "error"],
    ["duplicate-code", { sections: false, colonGap: true }, "indicator.duplicate", "error"],
    ["ref-error", { extraSheets: ["Sheet1"], rowOffset: 2 }, "number.formula-error", "error"],
    ["formula-without-value", { dates: "text" }, "number.formula-no-value", "error"],
    ["negative-count", { labels: "plain-capitals" }, "indicator.negative", "error"],
    ["fraction-of-person", { reversedColumns: true, rowOffset: 1 }, "indicator.fraction", "error"],
    ["wrong-period", { colonGap: true, columnOffset: 1 }, "period.mismatch", "error"],
    ["formula-like-name", { mergedTitle: false }, "text.formula-like", "warning"],
  ];
  const COMBINED: readonly UnitDefect[] = [
    "women-over-members",
    "score-over-max",
    "ref-error",
    "negative-count",
    "not-a-number",
  ];
  let dir: Workspace;
  let json: ValidateJson;
  let exit: number | null;
  const cellsOf = new Map<string, Partial<Record<UnitDefect, string>>>();

  beforeAll(async () => {
    dir = workspace("defects");
    for (const [n, [defect, layout]] of CASES.entries()) {
      const made = await makeUnitWorkbook({ ...spec(200 + n), layout, defects: [defect] });
      writeFileSync(join(dir.input, `${defect}.xlsx`), made.bytes);
      cellsOf.set(`${defect}.xlsx`, made.cells);
    }
    const combined = await makeUnitWorkbook({
      ...spec(300),
      layout: { columnOffset: 2, rowOffset: 2, reversedColumns: true, reversedSheets: true },
      defects: COMBINED,
    });
    writeFileSync(join(dir.input, "combined.xlsx"), combined.bytes);
    cellsOf.set("combined.xlsx", combined.cells);
    const out = join(dir.output, "d.json");
    const run = await runCli(["validate", dir.input, "--period", PERIOD, "--json", out]);
    exit = run.code;
    json = readJson<ValidateJson>(out);
  });
  afterAll(() => dir?.remove());

  it.each(CASES.map(([defect, , code, severity]) => [defect, code, severity] as const))(
    "reports %s as %s (%s) at the cell it was seeded on, and nothing else",
    (defect, code, severity) => {
      const place = at(cellsOf.get(`${defect}.xlsx`)![defect]);
      expect(rows(findingsOf(json, `${defect}.xlsx`))).toEqual([
        `${severity} ${code} ${place.sheet}!${place.cell ?? "-"}`,
      ]);
      const status = json.files.find((f) => f.file === `${defect}.xlsx`)?.status;
      expect(status).toBe(severity === "error" ? "errors" : "warnings");
    },
  );

  it("collects every defect of one file, each at its own cell", () => {
    const cells = cellsOf.get("combined.xlsx")!;
    const code: Partial<Record<UnitDefect, string>> = {
      "women-over-members": "indicator.exceeds",
      "score-over-max": "score.above-max",
      "ref-error": "number.formula-error",
      "negative-count": "indicator.negative",
      "not-a-number": "number.not-a-number",
    };
    expect(rows(findingsOf(json, "combined.xlsx"))).toEqual(
      COMBINED.map((d) => `error ${code[d]} ${cells[d]}`).sort(),
    );
  });

  it("gives each finding a message that names its cell, and a hint", () => {
    const finding = findingsOf(json, "not-a-number.xlsx")[0]!;
    expect(finding.message).toContain(finding.cell!);
    expect(finding.message).toContain("khoảng 20");
    expect(finding.hint.length).toBeGreaterThan(0);
  });

  it("exits 1, since some files have errors", () => {
    expect(exit).toBe(1);
  });
});

describe("cdvc validate: hostile and broken files beside a good one", () => {
  let dir: Workspace;
  let json: ValidateJson;
  let exit: number | null;
  let ms = 0;
  let maxRssMB = 0;

  // file name → the finding code it must get.
  const EXPECTED: Readonly<Record<string, string>> = {
    "khong-phai-zip.xlsx": "file.not-xlsx",
    "rong.xlsx": "file.not-xlsx",
    "cat-ngang.xlsx": "file.damaged",
    "lat-bit.xlsx": "file.damaged",
    "bao-cao-cu.xls": "file.xls",
    "co-mat-khau.xlsx": "file.password-protected",
    "csv-doi-ten.xlsx": "file.csv",
    "qua-lon.xlsx": "file.too-large",
    "bom-700mb.xlsx": "file.zip-bomb",
    "bom-khai-gian.xlsx": "file.zip-bomb",
    "doctype.xlsx": "file.xml-doctype",
    "long-sau.xlsx": "file.xml-too-deep",
    "300000-dong.xlsx": "file.sheet-too-long",
    "duong-dan-leo-ra.xlsx": "file.not-workbook",
  };

  beforeAll(async () => {
    dir = workspace("hostile");
    const good = (await makeUnitWorkbook(spec(400))).bytes;
    const files: Record<string, Uint8Array> = {
      "tot.xlsx": good,
      "tot-kem-duong-dan-la.xlsx": withTraversalEntry((await makeUnitWorkbook(spec(401))).bytes),
      "khong-phai-zip.xlsx": notAZip(),
      "rong.xlsx": new Uint8Array(0),
      "cat-ngang.xlsx": truncated(good),
      "lat-bit.xlsx": bitFlipped(good, "BaoCao"),
      "bao-cao-cu.xls": oldXls(),
      "co-mat-khau.xlsx": passwordProtected(),
      "csv-doi-ten.xlsx": csv(),
      "bom-700mb.xlsx": zipBomb(good, "BaoCao", 700, true),
      "bom-khai-gian.xlsx": zipBomb(good, "BaoCao", 700, false),
      "doctype.xlsx": doctypeEntities(good),
      "long-sau.xlsx": deepNesting(good, "BaoCao", 200_000),
      "300000-dong.xlsx": longSheet(good, "ChamDiem", 300_000),
      "duong-dan-leo-ra.xlsx": traversalOnly(),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir.input, name), bytes);
    // Over 20 MB on disk, but sparse: a real upload size without writing 21 MB.
    writeFileSync(join(dir.input, "qua-lon.xlsx"), good);
    truncateSync(join(dir.input, "qua-lon.xlsx"), 21 * MB);

    const out = join(dir.output, "h.json");
    // Run from the output folder: an unpacked ../../evil.txt would land two levels above it.
    const run = await runCli(["validate", dir.input, "--json", out], dir.output);
    ({ ms, maxRssMB } = run);
    exit = run.code;
    json = readJson<ValidateJson>(out);
  });
  afterAll(() => dir?.remove());

  it.each(Object.entries(EXPECTED))(
    "refuses %s with %s, as one error naming the file",
    (file, code) => {
      const findings = findingsOf(json, file);
      expect(findings.map((f) => [f.code, f.severity])).toEqual([[code, "error"]]);
      expect(findings[0]!.message).toContain(file);
      expect(json.files.find((f) => f.file === file)).toMatchObject({
        status: "errors",
        unit: null,
      });
    },
  );

  it("passes the good file beside them, and one that only carries a ../../evil.txt entry", () => {
    expect(json.files.find((f) => f.file === "tot.xlsx")).toMatchObject({
      status: "ok",
      findings: [],
      unit: { code: "CD400" },
    });
    expect(json.files.find((f) => f.file === "tot-kem-duong-dan-la.xlsx")).toMatchObject({
      status: "ok",
      findings: [],
    });
    for (const base of [dir.input, dir.output]) {
      expect(existsSync(join(base, "..", "..", "evil.txt"))).toBe(false);
      expect(existsSync(join(base, "..", "evil.txt"))).toBe(false);
    }
  });

  it("lists every file once and exits 1", () => {
    expect(json.files).toHaveLength(Object.keys(EXPECTED).length + 2);
    expect(exit).toBe(1);
  });

  it("takes under 60 s and 600 MB for the whole run", () => {
    process.stdout.write(
      `hostile folder: ${Math.round(ms)} ms, peak RSS ${Math.round(maxRssMB)} MB\n`,
    );
    expect(ms).toBeLessThan(60_000);
    expect(maxRssMB).toBeGreaterThan(0);
    expect(maxRssMB).toBeLessThan(600);
  });
});

describe("cdvc validate: exit codes, files named directly, language", () => {
  let dir: Workspace;
  let good: string;
  let bad: string;
  let csvFile: string;

  beforeAll(async () => {
    dir = workspace("cli");
    good = join(dir.input, "tot.xlsx");
    bad = join(dir.input, "loi.xlsx");
    csvFile = join(dir.input, "bang.xlsx");
    writeFileSync(good, (await makeUnitWorkbook(spec(500))).bytes);
    writeFileSync(bad, (await makeUnitWorkbook({ ...spec(501), defects: ["not-a-number"] })).bytes);
    writeFileSync(csvFile, csv());
  });
  afterAll(() => dir?.remove());

  it.each<[string, () => string[], number]>([
    ["a good file named directly", () => ["validate", good], 0],
    ["a file with an error", () => ["validate", good, bad], 1],
    ["no path at all", () => ["validate"], 2],
    ["a path that does not exist", () => ["validate", join(dir.input, "khong-co.xlsx")], 2],
    ["an unknown option", () => ["validate", good, "--bogus"], 2],
    ["an unknown command", () => ["validatee", good], 2],
    ["an unknown language", () => ["validate", good, "--lang", "fr"], 2],
  ])("exits as it should for %s", async (_name, args, code) => {
    const run = await runCli(args());
    expect(run.code).toBe(code);
    if (code === 2) expect(run.stderr.length).toBeGreaterThan(0);
  });

  it("warns, at its Ngày báo cáo, of a report dated after --deadline, and still exits 0", async () => {
    const late = join(dir.input, "muon.xlsx");
    const made = await makeUnitWorkbook({
      ...spec(502),
      reportDate: day(2024, 12, 20),
      layout: { colonGap: true, rowOffset: 2 },
    });
    writeFileSync(late, made.bytes);
    const out = join(dir.output, "late.json");
    const run = await runCli(["validate", late, "--deadline", "15/12/2024", "--json", out]);
    expect(run.code).toBe(0);
    const place = at(made.cellOf["field:Ngày báo cáo"]);
    expect(rows(readJson<ValidateJson>(out).files[0]!.findings)).toEqual([
      `warning report.late ${place.sheet}!${place.cell}`,
    ]);
  });

  it("names the missing path in its usage error", async () => {
    const run = await runCli(["validate", join(dir.input, "khong-co.xlsx")]);
    expect(run.stderr).toContain("khong-co.xlsx");
  });

  it("writes findings in English with --lang en, in Vietnamese by default", async () => {
    const en = join(dir.output, "en.json");
    const vi = join(dir.output, "vi.json");
    await runCli(["validate", csvFile, "--lang", "en", "--json", en]);
    await runCli(["validate", csvFile, "--json", vi]);
    const message = (path: string) => readJson<ValidateJson>(path).files[0]!.findings[0]!.message;
    expect(message(en)).toBe(makeFinding("file.csv", { file: "bang.xlsx" }, {}, "en").message);
    expect(message(vi)).toBe(makeFinding("file.csv", { file: "bang.xlsx" }, {}, "vi").message);
    expect(message(en)).not.toBe(message(vi));
  });

  it("prints its report in English with --lang en", async () => {
    const run = await runCli(["validate", bad, "--lang", "en"]);
    expect(run.stdout).toMatch(/error/i);
    expect(run.stdout).toContain("loi.xlsx");
    expect(run.stdout).not.toMatch(/không phải là số/);
  });

  it("leaves the files it reads untouched", () => {
    expect(readFileSync(csvFile)).toEqual(Buffer.from(csv()));
  });
});
