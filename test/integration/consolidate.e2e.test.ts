/**
 * `cdvc consolidate` end to end (issue 5): a province's folder of 70 files the product has never
 * seen, consolidated by the built CLI, judged against the oracle computed from the values the
 * test wrote (never from the product's reading of them), then the output workbook opened with
 * ExcelJS and as raw XML.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { text } from "../../src/core/messages/text";
import {
  expectedConsolidation,
  type ExpectedConsolidation,
  type ExpectedUnit,
} from "../support/oracle";
import { loadWorkbook, xlsxParts } from "../support/readXlsx";
import {
  assertBuilt,
  readJson,
  runCli,
  workspace,
  type CliRun,
  type ConsolidateJson,
  type Workspace,
} from "./cli";
import {
  FORMULA_NAMES,
  PERIOD,
  PERIOD_END,
  writeProvinceFolder,
  type ProvinceFolder,
} from "./provinceFolder";

jest.setTimeout(120_000);

type JsonUnit = ConsolidateJson["units"][number];

let dir: Workspace;
let OUT: string;
let JSON_OUT: string;
let folder: ProvinceFolder;
let expected: ExpectedConsolidation;
let run: CliRun;
let json: ConsolidateJson;
let outBytes: Uint8Array;

beforeAll(async () => {
  assertBuilt();
  dir = workspace("province");
  OUT = join(dir.output, "TongHop.xlsx");
  JSON_OUT = join(dir.output, "summary.json");
  folder = await writeProvinceFolder(dir.input);
  expected = expectedConsolidation(folder.submissions, { period: PERIOD, periodEnd: PERIOD_END });
  run = await runCli(["consolidate", dir.input, "--out", OUT, "--json", JSON_OUT]);
  if (run.code !== 0) throw new Error(`consolidate exited ${run.code}:\n${run.stderr}`);
  json = readJson<ConsolidateJson>(JSON_OUT);
  outBytes = new Uint8Array(readFileSync(OUT));
});
afterAll(() => dir?.remove());

function jsonUnit(file: string): JsonUnit {
  const found = json.units.filter((u) => u.file === file);
  if (found.length !== 1) throw new Error(`${file} is in the JSON ${found.length} times`);
  return found[0]!;
}

function unitOf(key: string): JsonUnit {
  return jsonUnit(folder.fileOf(key).file);
}

function oracleOf(key: string): ExpectedUnit {
  return expected.units.get(folder.fileOf(key).file)!;
}

/** Equal to 1e-9, relative to the size of the figure. */
function close(actual: number | undefined, wanted: number): boolean {
  return actual !== undefined && Math.abs(actual - wanted) <= 1e-9 * Math.max(1, Math.abs(wanted));
}

describe("cdvc consolidate: the folder as planned", () => {
  it("holds at least 64 unit workbooks, 3 damaged files, a hidden and a lock file", () => {
    expect(folder.files.filter((f) => f.code !== null).length).toBeGreaterThanOrEqual(64);
    expect(folder.files.filter((f) => f.code === null)).toHaveLength(3);
    expect(folder.skipped).toHaveLength(2);
  });

  it("makes every rule decide something, by the oracle's own reckoning", () => {
    const whys = [...expected.units.values()].map((u) => u.why);
    expect(whys.filter((w) => w === "quota").length).toBeGreaterThanOrEqual(3);
    expect(whys.filter((w) => w === "cap").length).toBe(2);
    expect(whys.filter((w) => w === "cxl").length).toBe(2);
    expect(oracleOf("H9").rank).toBe(oracleOf("H10").rank);
    expect(oracleOf("T1").rank).toBe(oracleOf("T2").rank);
    expect(expected.quota.limit).toBe(9);
    expect([...expected.units.values()].filter((u) => u.status === "included")).toHaveLength(61);
  });
});

describe("cdvc consolidate: every file, once, with its status", () => {
  it("exits 0 and names the hidden and lock files as skipped, never as units", () => {
    expect(run.code).toBe(0);
    for (const file of folder.skipped) {
      expect(run.stdout).toContain(file);
      expect(json.units.some((u) => u.file === file)).toBe(false);
    }
  });

  it("lists each input file exactly once", () => {
    expect(json.units.map((u) => u.file).sort()).toEqual(folder.files.map((f) => f.file).sort());
  });

  it("gives every file the status, code and replacement the oracle gives", () => {
    const got = json.units.map((u) => [u.file, u.status, u.code, u.replacedBy ?? null]);
    const want = json.units.map((u) => {
      const e = expected.units.get(u.file)!;
      return [u.file, e.status, e.code, e.replacedBy];
    });
    expect(got).toEqual(want);
  });

  it("uses the later copy of a unit that sent two, and lists the earlier one as replaced", () => {
    expect(unitOf("DUP-OLD")).toMatchObject({
      status: "replaced",
      replacedBy: folder.fileOf("DUP").file,
      score: null,
    });
    expect(unitOf("DUP")).toMatchObject({ status: "included", score: 77.75 });
    const warning = json.findings.find(
      (f) => f.file === folder.fileOf("DUP-OLD").file && f.code === "unit.replaced",
    );
    expect(warning?.severity).toBe("warning");
  });

  it("rejects both copies dated the same day, each with unit.duplicate", () => {
    for (const key of ["EQ-A", "EQ-B"]) {
      expect(unitOf(key)).toMatchObject({ status: "rejected", score: null, rank: null });
      const codes = json.findings.filter((f) => f.file === folder.fileOf(key).file);
      expect(codes.map((f) => [f.code, f.severity])).toContainEqual(["unit.duplicate", "error"]);
    }
  });

  it.each<[string, string]>([
    ["hong-cat-ngang.xlsx", "file.damaged"],
    ["bang-tinh-csv.xlsx", "file.csv"],
    ["tep-rong.xlsx", "file.not-xlsx"],
  ])("rejects the damaged file %s with %s", (file, code) => {
    expect(jsonUnit(file)).toMatchObject({ status: "rejected", code: null, score: null });
    expect(json.findings.filter((f) => f.file === file).map((f) => f.code)).toEqual([code]);
  });

  it.each<[string, string]>([
    ["ERR1", "indicator.exceeds"],
    ["ERR2", "score.above-max"],
    ["OLD", "period.mismatch"],
  ])("rejects %s for its %s error", (key, code) => {
    expect(unitOf(key).status).toBe("rejected");
    const errors = json.findings.filter(
      (f) => f.file === folder.fileOf(key).file && f.severity === "error",
    );
    expect(errors.map((f) => f.code)).toEqual([code]);
  });
});

describe("cdvc consolidate: scores, ranks and classes against the oracle", () => {
  it("gives every unit the oracle's score, rank, cluster rank and class", () => {
    const view = (u: {
      score: number | null;
      rank: number | null;
      clusterRank: number | null;
      classification: string | null;
    }) => [u.score, u.rank, u.clusterRank, u.classification];
    const got = Object.fromEntries(json.units.map((u) => [u.file, view(u)]));
    const want = Object.fromEntries(
      json.units.map((u) => [u.file, view(expected.units.get(u.file)!)]),
    );
    expect(got).toEqual(want);
  });

  it.each<[string, string, string]>([
    ["caps a CL01 = Không unit scoring 96.5", "CAP", "HT"],
    ["caps a CL01 = Không unit scoring 80", "CAP2", "HT"],
    ["leaves a unit founded 15/08/2024 unclassified", "NEW", "CXL"],
    ["leaves a unit founded 02/07/2024 unclassified", "B2", "CXL"],
    ["classifies a unit founded 01/07/2024: six whole months", "B1", "HTT"],
    ["rounds 89.994 down to 89.99: HTT", "R1", "HTT"],
    ["moves both units tied at the quota's edge down", "H9", "HTT"],
    ["moves the other unit tied at the quota's edge down", "H10", "HTT"],
    ["keeps the last HTXS inside the limit", "H8", "HTXS"],
  ])("%s (%s → %s)", (_name, key, classification) => {
    expect(unitOf(key).classification).toBe(classification);
  });

  it("rounds 89.995 half away from zero to 90, then the quota moves it down", () => {
    expect(unitOf("H11")).toMatchObject({ score: 90, classification: "HTT" });
  });

  it("ranks a too-new unit among the others by its score", () => {
    const newUnit = unitOf("NEW");
    expect(newUnit.rank).toBe(oracleOf("NEW").rank);
    expect(newUnit.rank).toBeLessThan(unitOf("H5").rank!);
  });

  it("gives an exact tie the same rank and skips the next", () => {
    const t1 = unitOf("T1");
    const t2 = unitOf("T2");
    expect([t1.score, t1.rank, t1.clusterRank]).toEqual([t2.score, t2.rank, t2.clusterRank]);
    const next = json.units.filter((u) => u.score !== null && u.score < t1.score!);
    expect(Math.min(...next.map((u) => u.rank!))).toBe(t1.rank! + 2);
  });

  it("ranks the lower-case 'cụm 2' unit in Cụm 2, and a unit in no cluster in no cluster", () => {
    expect(unitOf("LOW").clusterRank).toBe(oracleOf("LOW").clusterRank);
    expect(unitOf("SOLO")).toMatchObject({ cluster: null, clusterRank: null });
  });

  it("counts the classes as the oracle does", () => {
    expect(json.classificationCounts).toEqual(expected.classificationCounts);
  });

  it("applies the quota: limit 9, and the units it moved down, best first", () => {
    expect(json.quota.limit).toBe(expected.quota.limit);
    expect([...json.quota.demoted].sort()).toEqual([...expected.quota.demoted].sort());
    const scores = json.quota.demoted.map(
      (code) => json.units.find((u) => u.code === code)!.score!,
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("writes the classification sentence with the class counts", () => {
    const c = expected.classificationCounts;
    const two = (n: number) => String(n).padStart(2, "0");
    const sentences = json.sentences.join("\n");
    expect(sentences).toContain(`${two(c.HTXS)} CĐCS hoàn thành xuất sắc nhiệm vụ`);
    expect(sentences).toContain(`${two(c.HTT)} CĐCS hoàn thành tốt nhiệm vụ`);
    expect(sentences).toContain(`${two(c.HT)} CĐCS hoàn thành nhiệm vụ`);
  });
});

describe("cdvc consolidate: totals and attainment against the oracle", () => {
  it("has a total for exactly the indicators the oracle has one for", () => {
    expect(Object.keys(json.totals).sort()).toEqual(Object.keys(expected.totals).sort());
    expect(Object.keys(json.attainment).sort()).toEqual(Object.keys(expected.attainment).sort());
  });

  it.each([
    "DV01",
    "DV02",
    "DV03",
    "DV04",
    "DV05",
    "CL01",
    "CL02",
    "CL03",
    "CL04",
    "CL05",
    "CL06",
    "TD01",
    "TD02",
    "TD03",
    "TD04",
    "XD01",
    "XD02",
    "CB01",
  ])("totals %s to within 1e-9", (code) => {
    expect(json.totals[code]).toBeDefined();
    expect(close(json.totals[code], expected.totals[code]!)).toBe(true);
  });

  it.each(["DV04", "DV05", "CL01", "TD01", "XD01", "CB01"])("rates %s to within 1e-9", (code) => {
    expect([code, json.attainment[code]]).toEqual([code, expect.any(Number)]);
    expect(close(json.attainment[code], expected.attainment[code]!)).toBe(true);
  });
});

describe("cdvc consolidate: the output workbook", () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await loadWorkbook(outBytes);
  });

  /** The ranked list of sheet Xếp loại, found by its header labels. */
  function classificationRows(): Map<string, Record<string, unknown>> {
    const sheet = workbook.getWorksheet(text("result.sheet.classification", "vi"));
    if (!sheet) throw new Error("no sheet Xếp loại");
    const labels = {
      code: text("result.col.unit-code", "vi"),
      name: text("result.col.unit-name", "vi"),
      rank: text("result.col.rank", "vi"),
      clusterRank: text("result.col.cluster-rank", "vi"),
      score: text("result.col.score", "vi"),
      classCode: text("result.col.class-code", "vi"),
    };
    let header = 0;
    const column: Record<string, number> = {};
    sheet.eachRow((row, r) => {
      if (header) return;
      const values = (row.values as unknown[]).map((v) => (typeof v === "string" ? v : null));
      if (!Object.values(labels).every((l) => values.includes(l))) return;
      header = r;
      for (const [key, label] of Object.entries(labels)) column[key] = values.indexOf(label);
    });
    if (!header) throw new Error("no header row in Xếp loại");
    const out = new Map<string, Record<string, unknown>>();
    for (let r = header + 1; ; r++) {
      const code = sheet.getCell(r, column.code!).value;
      if (typeof code !== "string" || code === "") break;
      const cells = Object.fromEntries(
        Object.entries(column).map(([key, c]) => [key, sheet.getCell(r, c).value]),
      );
      out.set(code, cells);
    }
    return out;
  }

  it("lists every included unit once on Xếp loại, with the oracle's rank, score and class", () => {
    const rows = classificationRows();
    const included = [...expected.units.values()].filter((u) => u.status === "included");
    expect(rows.size).toBe(included.length);
    for (const u of included) {
      expect([u.code, rows.get(u.code!)]).toEqual([
        u.code,
        expect.objectContaining({
          rank: u.rank,
          clusterRank: u.clusterRank ?? null,
          score: u.score,
          classCode: u.classification,
        }),
      ]);
    }
  });

  it("writes the formula-like unit names on Xếp loại as text, unchanged", () => {
    const rows = classificationRows();
    for (const name of FORMULA_NAMES) {
      const unit = json.units.find((u) => u.name === name);
      expect(unit?.status).toBe("included");
      expect(rows.get(unit!.code!)?.name).toBe(name);
    }
  });

  it("never turns a submitted name into a formula, in any sheet (raw XML)", () => {
    const parts = xlsxParts(outBytes);
    const shared = [...(parts["xl/sharedStrings.xml"] ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
      (m) =>
        [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join(""),
    );
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    const exact = new Map<string, number>(FORMULA_NAMES.map((n) => [n, 0]));
    for (const part of sheets) {
      for (const m of parts[part]!.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
        const cell = m[0];
        const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(cell)?.[1] ?? "";
        expect([part, unescapeXml(formula)]).not.toEqual([
          part,
          expect.stringMatching(/HYPERLINK|cmd\|/),
        ]);
        const value = cellText(cell, shared);
        if (value === null || !FORMULA_NAMES.some((n) => value.includes(n))) continue;
        expect([part, cell.includes("<f")]).toEqual([part, false]);
        if (exact.has(value)) exact.set(value, exact.get(value)! + 1);
      }
    }
    for (const [name, count] of exact) expect([name, count > 0]).toEqual([name, true]);
  });
});

describe("cdvc consolidate: refuses to overwrite, unless --force", () => {
  it("exits 2 and leaves an existing --out untouched", async () => {
    const before = statSync(OUT).mtimeMs;
    const again = await runCli(["consolidate", dir.input, "--out", OUT]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("TongHop.xlsx");
    expect(statSync(OUT).mtimeMs).toBe(before);
    expect(new Uint8Array(readFileSync(OUT))).toEqual(outBytes);
  });

  it("exits 2 when only the --json file exists", async () => {
    const fresh = join(dir.output, "Moi.xlsx");
    const again = await runCli(["consolidate", dir.input, "--out", fresh, "--json", JSON_OUT]);
    expect(again.code).toBe(2);
    expect(() => statSync(fresh)).toThrow();
  });

  it("overwrites with --force", async () => {
    const target = join(dir.output, "Cu.xlsx");
    writeFileSync(target, "old");
    const forced = await runCli(["consolidate", dir.input, "--out", target, "--force"]);
    expect(forced.code).toBe(0);
    const written = readFileSync(target);
    expect(written.subarray(0, 2).toString("latin1")).toBe("PK");
    expect((await loadWorkbook(new Uint8Array(written))).getWorksheet("Xếp loại")).toBeDefined();
  });

  it.each<[string, () => string[]]>([
    ["no --out", () => ["consolidate", dir.input]],
    [
      "a path that does not exist",
      () => ["consolidate", join(dir.input, "khong-co"), "--out", join(dir.output, "x.xlsx")],
    ],
    ["no path", () => ["consolidate", "--out", join(dir.output, "y.xlsx")]],
  ])("exits 2 on a usage error: %s", async (_name, args) => {
    expect((await runCli(args())).code).toBe(2);
  });
});

describe("cdvc consolidate: cost", () => {
  it("consolidates the 70 files in under 60 s and 600 MB", () => {
    process.stdout.write(
      `consolidate ${folder.files.length} files: ${Math.round(run.ms)} ms, peak RSS ${Math.round(run.maxRssMB)} MB\n`,
    );
    expect(run.ms).toBeLessThan(60_000);
    expect(run.maxRssMB).toBeGreaterThan(0);
    expect(run.maxRssMB).toBeLessThan(600);
  });
});

/** The text a `<c>` element shows: shared, inline or a formula's string result. */
function cellText(cell: string, shared: readonly string[]): string | null {
  const type = /\bt="([^"]+)"/.exec(cell.slice(0, cell.indexOf(">") + 1))?.[1];
  if (type === "s") {
    const index = /<v>(\d+)<\/v>/.exec(cell)?.[1];
    return index === undefined ? null : (shared[Number(index)] ?? null);
  }
  if (type === "inlineStr") {
    return [...cell.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join("");
  }
  if (type === "str") {
    const v = /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1];
    return v === undefined ? null : unescapeXml(v);
  }
  return null;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
