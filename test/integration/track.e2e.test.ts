/**
 * `cdvc track` end to end (issue 9, the unit list and the submission tracker): a folder of
 * generated workbooks, one per tracker state, and a config with the province's list of units,
 * given to the built CLI; judged on its JSON, its printed table, the sheet it writes, and on
 * what `validate` and `consolidate` make of the same list.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook } from "../support/readXlsx";
import { makeUnitWorkbook, validUnitValues, type UnitWorkbookSpec } from "../support/unitWorkbook";
import {
  assertBuilt,
  readJson,
  runCli,
  workspace,
  type CliRun,
  type ValidateJson,
  type Workspace,
} from "./cli";
import { notAZip } from "./hostileFiles";

jest.setTimeout(120_000);

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function spec(
  code: string,
  cluster: string,
  extra: Partial<UnitWorkbookSpec> = {},
): UnitWorkbookSpec {
  return {
    unitCode: code,
    unitName: `CĐCS ${code}`,
    period: "Năm 2024",
    cluster,
    founded: day(2005, 5, 5),
    reportDate: day(2025, 1, 10),
    values: validUnitValues(Number(code.slice(2))),
    ...extra,
  };
}

/** The files of the folder: one per state, a replaced copy, a unit not on the list, a PDF, a lock file. */
const FILES: ReadonlyArray<readonly [string, UnitWorkbookSpec]> = [
  ["cd001.xlsx", spec("CD001", "Cụm 1")],
  [
    "cd002.xlsx",
    spec("CD002", "Cụm 1", { reportDate: day(2025, 1, 20), unitName: "Công đoàn CD002" }),
  ],
  ["cd003.xlsx", spec("CD003", "Cụm 2", { defects: ["not-a-number"] })],
  ["cd004-cu.xlsx", spec("CD004", "Cụm 1", { reportDate: day(2025, 1, 5) })],
  ["cd004-moi.xlsx", spec("CD004", "Cụm 1", { reportDate: day(2025, 1, 12) })],
  ["cd006.xlsx", spec("CD006", "Cụm 2", { period: "Năm 2023" })],
  ["cd077.xlsx", spec("CD077", "Cụm 2")],
];

const CONFIG = {
  units: [
    // The list dates CD001 three months before the end of 2024: consolidate does not classify it.
    {
      code: "CD001",
      name: "CĐCS CD001",
      cluster: "Cụm 1",
      founded: "01/10/2024",
      membership: "direct",
    },
    { code: "cd002", name: "CĐCS CD002", cluster: "Cụm 1", membership: "direct" },
    { code: "CD003", name: "CĐCS CD003", cluster: "Cụm 2", membership: "member" },
    { code: "CD004", name: "CĐCS CD004", cluster: "Cụm 1", membership: "direct" },
    {
      code: "CD005",
      name: "CĐCS CD005",
      cluster: "Cụm 2",
      membership: "direct",
      contact: "Chị Lan 0912 345 678",
    },
    { code: "CD006", name: "CĐCS CD006", cluster: "Cụm 2", membership: "member" },
  ],
};

interface TrackJson {
  readonly period: string | null;
  readonly deadline: string | null;
  readonly hasList: boolean;
  readonly units: ReadonlyArray<{
    readonly code: string;
    readonly state: string;
    readonly listed: boolean;
    readonly file: string | null;
    readonly replaced: readonly string[];
    readonly otherFiles: readonly string[];
    readonly submittedName: string | null;
    readonly late: { readonly date: string; readonly deadline: string } | null;
  }>;
  readonly unidentified: ReadonlyArray<{
    readonly file: string;
    readonly findings: readonly string[];
  }>;
  readonly clusters: ReadonlyArray<{
    readonly cluster: string | null;
    readonly counts: Record<string, number>;
  }>;
  readonly total: Record<string, number>;
  readonly unlisted: number;
}

let dir: Workspace;
let config: string;
/** Where each file's header fields were written: "cd002.xlsx" → "field:Tên công đoàn cơ sở" → "BaoCao!C4". */
const cellsOf = new Map<string, Readonly<Record<string, string>>>();
let run: CliRun;
let json: TrackJson;

beforeAll(async () => {
  assertBuilt();
  dir = workspace("track");
  for (const [name, unit] of FILES) {
    const made = await makeUnitWorkbook(unit);
    writeFileSync(join(dir.input, name), made.bytes);
    cellsOf.set(name, made.cellOf);
  }
  writeFileSync(join(dir.input, "ghi-chu.pdf"), notAZip());
  writeFileSync(join(dir.input, "~$cd001.xlsx"), new Uint8Array([1, 2, 3]));
  config = join(dir.output, "rules.json");
  writeFileSync(config, JSON.stringify(CONFIG));
  run = await runCli([
    "track",
    dir.input,
    "--config",
    config,
    "--deadline",
    "15/01/2025",
    "--json",
    join(dir.output, "track.json"),
    "--out",
    join(dir.output, "TheoDoi.xlsx"),
  ]);
  json = readJson<TrackJson>(join(dir.output, "track.json"));
});

afterAll(() => dir?.remove());

describe("cdvc track", () => {
  it("exits 1 while some expected unit is missing or kept out", () => {
    expect(run.stderr).not.toMatch(/Lỗi cách dùng/);
    expect(run.code).toBe(1);
  });

  it("gives every unit on the list one state, then the unit not on the list", () => {
    expect(
      json.units.map((u) => [u.code, u.state, u.listed, u.file, u.replaced, u.otherFiles]),
    ).toEqual([
      ["CD001", "on-time", true, "cd001.xlsx", [], []],
      ["cd002", "late", true, "cd002.xlsx", [], []],
      ["CD003", "errors", true, "cd003.xlsx", [], []],
      ["CD004", "on-time", true, "cd004-moi.xlsx", ["cd004-cu.xlsx"], []],
      ["CD005", "missing", true, null, [], []],
      ["CD006", "errors", true, "cd006.xlsx", [], []],
      ["CD077", "on-time", false, "cd077.xlsx", [], []],
    ]);
    expect(json.units[1]).toMatchObject({
      submittedName: "Công đoàn CD002",
      late: { date: "20/01/2025", deadline: "15/01/2025" },
    });
    expect(json).toMatchObject({
      period: "Năm 2024",
      deadline: "15/01/2025",
      hasList: true,
      unlisted: 1,
    });
  });

  it("accounts for the file no unit could be read from, and lists the lock file as skipped", () => {
    expect(json.unidentified).toEqual([{ file: "ghi-chu.pdf", findings: ["file.not-xlsx"] }]);
    expect(run.stdout).toContain("~$cd001.xlsx");
  });

  it("counts per cluster and in all", () => {
    expect(json.clusters).toEqual([
      {
        cluster: "Cụm 1",
        counts: { units: 3, received: 3, onTime: 2, late: 1, errors: 0, missing: 0, replaced: 1 },
        members: [0, 1, 3],
      },
      {
        cluster: "Cụm 2",
        counts: { units: 3, received: 2, onTime: 0, late: 0, errors: 2, missing: 1, replaced: 0 },
        members: [2, 4, 5],
      },
    ]);
    expect(json.total).toEqual({
      units: 6,
      received: 5,
      onTime: 2,
      late: 1,
      errors: 2,
      missing: 1,
      replaced: 1,
    });
  });

  it("prints each cluster's units with their state, and the summary", () => {
    const lines = run.stdout.split("\n");
    expect(lines).toContain("Theo dõi nộp báo cáo — Năm 2024");
    expect(lines).toContain(
      "5/6 CĐCS đã gửi báo cáo: 2 đúng hạn, 1 nộp muộn, 2 có lỗi; 1 chưa nộp; 1 bản bị thay thế bằng bản gửi sau.",
    );
    const cluster2 = lines.slice(lines.indexOf("Cụm 2") + 1, lines.indexOf("Cụm 2") + 5);
    expect(
      cluster2.map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 3),
      ),
    ).toEqual([
      ["CD003", "CĐCS CD003", "Có lỗi"],
      ["CD005", "CĐCS CD005", "Chưa nộp"],
      ["CD006", "CĐCS CD006", "Có lỗi"],
      ["Cộng: 3 đơn vị — 0 đúng hạn, 0 nộp muộn, 2 có lỗi, 1 chưa nộp, 0 bản bị thay thế"],
    ]);
    expect(lines.find((l) => l.includes("CD005"))).toContain("Chị Lan 0912 345 678");
    expect(lines.find((l) => l.trim().startsWith("CD004"))).toContain("thay cho cd004-cu.xlsx");
  });

  it("writes the Theo dõi nộp báo cáo sheet, read back with the states at their rows", async () => {
    const workbook = await loadWorkbook(
      new Uint8Array(readFileSync(join(dir.output, "TheoDoi.xlsx"))),
    );
    const sheet = workbook.getWorksheet("Theo dõi nộp báo cáo")!;
    const rows = [5, 6, 7, 8, 9, 10, 11, 12].map((r) => [
      sheet.getCell(r, 2).value ?? null,
      sheet.getCell(r, 6).value,
      sheet.getCell(r, 7).value ?? null,
    ]);
    expect(rows).toEqual([
      ["CD001", "Đúng hạn", "cd001.xlsx"],
      ["cd002", "Nộp muộn", "cd002.xlsx"],
      ["CD003", "Có lỗi", "cd003.xlsx"],
      ["CD004", "Đúng hạn", "cd004-moi.xlsx"],
      ["CD005", "Chưa nộp", null],
      ["CD006", "Có lỗi", "cd006.xlsx"],
      ["CD077", "Đúng hạn", "cd077.xlsx"],
      [null, "Không xác định được đơn vị", "ghi-chu.pdf"],
    ]);
    expect(sheet.getCell("A3").value).toBe(
      "Hạn nộp: 15/01/2025. Ngoài ra: 1 đơn vị ngoài danh sách, 1 tệp không xác định được đơn vị.",
    );
  });

  it("never overwrites its outputs without --force", async () => {
    const again = await runCli(["track", dir.input, "--out", join(dir.output, "TheoDoi.xlsx")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
  });
});

describe("the list of units in validate and consolidate", () => {
  it("warns at Mã đơn vị of a unit not on the list and at the name of a unit named otherwise", async () => {
    const out = join(dir.output, "validate.json");
    await runCli(["validate", dir.input, "--config", config, "--json", out]);
    const files = readJson<ValidateJson>(out).files;
    const listFindings = files.flatMap((f) =>
      f.findings
        .filter((x) => x.code.startsWith("unit.not-on-list") || x.code === "unit.name-differs")
        .map((x) => [f.file, x.code, x.severity, `${x.sheet}!${x.cell}`]),
    );
    expect(listFindings).toEqual([
      [
        "cd002.xlsx",
        "unit.name-differs",
        "warning",
        cellsOf.get("cd002.xlsx")!["field:Tên công đoàn cơ sở"],
      ],
      ["cd077.xlsx", "unit.not-on-list", "warning", cellsOf.get("cd077.xlsx")!["field:Mã đơn vị"]],
    ]);
  });

  it("says how many of the listed units sent a report, and dates CXL by the list", async () => {
    const out = join(dir.output, "summary.json");
    const result = await runCli([
      "consolidate",
      dir.input,
      "--config",
      config,
      "--out",
      join(dir.output, "TongHop.xlsx"),
      "--json",
      out,
    ]);
    expect(result.code).toBe(0);
    const summary = readJson<{
      sentences: string[];
      units: { code: string | null; classification: string | null }[];
    }>(out);
    expect(summary.sentences[0]).toBe("05/06 CĐCS đã gửi báo cáo.");
    expect(summary.units.find((u) => u.code === "CD001")?.classification).toBe("CXL");
    const workbook = await loadWorkbook(
      new Uint8Array(readFileSync(join(dir.output, "TongHop.xlsx"))),
    );
    expect(workbook.getWorksheet("Theo dõi nộp báo cáo")!.getCell("F9").value).toBe("Chưa nộp");
  });
});
