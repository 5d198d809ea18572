/**
 * The command line of issue 9's period features, run in-process on files on disk:
 * `consolidate --previous`, `consolidate` on result workbooks (the roll-up) and `term`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook } from "../../../test/support/readXlsx";
import { defaultRules } from "../../core/rules";
import {
  generatePeriod,
  type PlannedUnit,
} from "../../workbook/resultReader/testing/consolidatedPeriod";
import { tempFolder } from "../read/testing/unitFiles";
import { runCli } from "../run";

jest.setTimeout(120_000);

const folder = tempFolder("periods");
afterAll(() => folder.remove());
const at = (...parts: string[]) => join(folder.path, ...parts);
const rules = { ...defaultRules, quota: null };

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await runCli(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** Writes a period's unit workbooks into a new folder `name`; returns the folder. */
async function unitFolder(name: string, period: string, plan: PlannedUnit[]): Promise<string> {
  const dir = at(name);
  mkdirSync(dir);
  for (const unit of (await generatePeriod(period, plan, { rules })).units) {
    writeFileSync(join(dir, unit.file), unit.bytes);
  }
  return dir;
}

/** Units with the given scores; figures drawn from `seed` on (another seed, other figures). */
const plan = (scores: readonly number[], prefix = "CD", seed = 1): PlannedUnit[] =>
  scores.map((score, k) => ({ code: `${prefix}${k + 1}`, score, seed: seed + k }));

let config: string;

beforeAll(async () => {
  config = at("rules.json");
  writeFileSync(config, JSON.stringify({ quota: null }));
  await unitFolder("u2023", "Năm 2023", plan([85, 92, 75, 60]));
  await unitFolder("u2024", "Năm 2024", plan([93, 94, 91, 72], "CD", 50));
  const first = await cli(
    "consolidate",
    at("u2023"),
    "--out",
    at("T2023.xlsx"),
    "--config",
    config,
    "--no-cache",
  );
  expect(first.code).toBe(0);
});

describe("cdvc consolidate --previous", () => {
  it("adds the comparison to the sentences, the workbook and the JSON", async () => {
    const run = await cli(
      "consolidate",
      at("u2024"),
      "--out",
      at("T2024.xlsx"),
      "--json",
      at("T2024.json"),
      "--previous",
      at("T2023.xlsx"),
      "--config",
      config,
      "--no-cache",
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain("So sánh với T2023.xlsx (Năm 2023).");
    expect(run.out).toContain(
      "Tăng 02 CĐCS hoàn thành xuất sắc nhiệm vụ, giảm 01 CĐCS hoàn thành tốt nhiệm vụ, " +
        "giảm 01 CĐCS hoàn thành nhiệm vụ so với năm 2023.",
    );
    const workbook = await loadWorkbook(new Uint8Array(readFileSync(at("T2024.xlsx"))));
    expect(workbook.worksheets.map((s) => s.name)).toContain("So sánh");
    const json = JSON.parse(readFileSync(at("T2024.json"), "utf8")) as {
      sentences: string[];
      comparison: { province: { classes: { HTXS: { change: number } } } };
    };
    expect(json.comparison.province.classes.HTXS.change).toBe(2);
    expect(json.sentences.at(-2)).toMatch(/so với năm 2023\.$/);
    expect(json.sentences.at(-1)).toMatch(/^So với năm 2023: /);
  });

  it("refuses a previous workbook of the same period, with exit 2 and the message", async () => {
    const run = await cli(
      "consolidate",
      at("u2023"),
      "--out",
      at("same.xlsx"),
      "--previous",
      at("T2023.xlsx"),
      "--config",
      config,
      "--no-cache",
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("cùng kỳ với kỳ đang tổng hợp (Năm 2023)");
  });

  it("refuses a previous file that is not a result workbook before reading any report", async () => {
    const run = await cli(
      "consolidate",
      at("u2024"),
      "--out",
      at("x.xlsx"),
      "--previous",
      at("u2023", "CD1.xlsx"),
      "--no-cache",
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("Tệp CD1.xlsx không phải là sổ tổng hợp do CĐVC Thi đua ghi ra");
  });
});

describe("cdvc consolidate on result workbooks (roll-up)", () => {
  beforeAll(async () => {
    const dir = at("cdvc");
    mkdirSync(dir);
    for (const [name, prefix, scores] of [
      ["CDVC-A", "A", [96, 80]],
      ["CDVC-B", "B", [70, 55.5, 91]],
      ["CDVC-C", "C", [88]],
    ] as const) {
      const period = await generatePeriod("Năm 2024", plan(scores, prefix), { rules });
      writeFileSync(join(dir, `${name}.xlsx`), period.bytes);
    }
  });

  it("adds them up and writes the roll-up workbook", async () => {
    const run = await cli("consolidate", at("cdvc"), "--out", at("LDLD.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("Cộng 3 sổ tổng hợp của CĐVC, kỳ Năm 2024: 6 CĐCS.");
    expect(run.out).toContain("Theo từng đơn vị: CDVC-A 2 CĐCS (");
    const workbook = await loadWorkbook(new Uint8Array(readFileSync(at("LDLD.xlsx"))));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Xếp loại", "Báo cáo"]);
  });

  it("refuses result workbooks mixed with units' reports", async () => {
    const run = await cli(
      "consolidate",
      at("cdvc"),
      at("u2024", "CD1.xlsx"),
      "--out",
      at("m.xlsx"),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      "Có 3 sổ tổng hợp của CĐVC (như CDVC-A.xlsx) lẫn với 1 tệp khác (như CD1.xlsx)",
    );
  });

  it("refuses to add up workbooks of two periods", async () => {
    const run = await cli(
      "consolidate",
      at("cdvc", "CDVC-A.xlsx"),
      at("T2023.xlsx"),
      "--out",
      at("p.xlsx"),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("Sổ tổng hợp T2023 là của Năm 2023, khác kỳ Năm 2024");
  });
});

describe("cdvc term", () => {
  beforeAll(async () => {
    const dir = at("years");
    mkdirSync(dir);
    for (const year of [2019, 2020, 2021, 2022, 2023]) {
      const period = await generatePeriod(`Năm ${year}`, plan([95, 80, 62]), { rules });
      writeFileSync(join(dir, `TongHop-${year}.xlsx`), period.bytes);
    }
  });

  it("reports on the term from the five years' result workbooks", async () => {
    const run = await cli(
      "term",
      at("years"),
      "--out",
      at("NhiemKy.xlsx"),
      "--json",
      at("NhiemKy.json"),
      "--term",
      "Nhiệm kỳ 2018-2023",
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "Nhiệm kỳ 2018-2023: 5 năm (Năm 2019, Năm 2020, Năm 2021, Năm 2022, Năm 2023).",
    );
    expect(run.out).toMatch(
      /Trong nhiệm kỳ 2018-2023, đã hoàn thành và hoàn thành vượt mức \d+ chỉ tiêu\./,
    );
    expect(run.out).toContain("01 CĐCS hoàn thành xuất sắc nhiệm vụ cả 5 năm: CĐCS CD1.");
    const json = JSON.parse(readFileSync(at("NhiemKy.json"), "utf8")) as { years: unknown[] };
    expect(json.years).toHaveLength(5);
  });

  it("refuses a unit's report among the years, with exit 2 and the reason", async () => {
    const run = await cli("term", at("years"), at("u2024", "CD1.xlsx"), "--out", at("n2.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("Tệp CD1.xlsx không phải là sổ tổng hợp");
  });

  it("refuses a --term that is not a term", async () => {
    const run = await cli("term", at("years"), "--out", at("n3.xlsx"), "--term", "Năm 2023");
    expect(run.code).toBe(2);
    expect(run.err).toContain('--term cần một nhiệm kỳ như "Nhiệm kỳ 2023-2028"');
  });

  it("never overwrites an existing workbook without --force", async () => {
    const run = await cli("term", at("years"), "--out", at("NhiemKy.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("đã có");
  });
});
