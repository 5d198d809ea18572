/**
 * A province's folder of submissions for one period, designed so that every rule of the
 * consolidation has something to decide (issue 5): 66 unit workbooks in varied layouts over 3
 * clusters, a unit that sent a second copy, a unit that sent two copies dated the same day, a
 * unit founded too recently, units capped by CL01 = Không, an exact tie, a binding HTXS quota
 * with a tie at its edge, a score that rounds up onto the threshold, seeded errors, a wrong
 * period, damaged files, formula-like unit names, and a hidden and a lock file. Every file is
 * described for the oracle by the values written into it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32, randomInt } from "../support/mulberry32";
import type { OracleSubmission } from "../support/oracle";
import {
  makeUnitWorkbook,
  otherPeriod,
  validUnitValues,
  type UnitDefect,
  type UnitLayout,
  type UnitValues,
  type UnitWorkbookSpec,
} from "../support/unitWorkbook";
import { csv, truncated } from "./hostileFiles";

export const PERIOD = "Năm 2024";
export const PERIOD_END = new Date(Date.UTC(2024, 11, 31));
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Unit names that a spreadsheet would take for formulas if written carelessly. */
export const FORMULA_NAMES = [
  '=HYPERLINK("http://evil","x")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C notepad'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
] as const;

const AGENCIES = [
  "Sở Y tế",
  "Sở Tư pháp",
  "Sở Giáo dục và Đào tạo",
  "Sở Tài chính",
  "Sở Xây dựng",
  "Sở Nội vụ",
  "Bệnh viện Đa khoa tỉnh",
  "Trường THPT Chuyên",
  "Trung tâm Y tế huyện",
  "Đài Phát thanh và Truyền hình",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Ban Quản lý dự án",
];

/**
 * Layouts cycled over the units: every option of makeUnitWorkbook appears. Numbers as text are
 * added to every tenth unit on top of its layout.
 */
const LAYOUTS: readonly UnitLayout[] = [
  {},
  { columnOffset: 2 },
  { rowOffset: 3, labels: "plain" },
  { reversedColumns: true },
  { labels: "capitals", colonGap: true },
  { labels: "plain-capitals", dates: "text" },
  { reversedSheets: true, extraSheets: ["Sheet1"] },
  { sections: false, mergedTitle: false },
  { dates: "date", colonGap: true, columnOffset: 1, rowOffset: 1 },
  { extraSheets: ["Hướng dẫn", "Số liệu phụ"], reversedColumns: true, labels: "plain" },
  { totalRow: false, labels: "capitals" },
];

/** What one planned unit workbook is for. */
interface PlannedUnit {
  /** A short name the tests use to find the unit: H1, CAP, NEW, T1, INJ1, … */
  readonly key: string;
  /** The score to give it (at most 3 decimals). */
  readonly score: number;
  readonly cl01?: boolean;
  readonly founded?: Date | null;
  readonly cluster?: string | null;
  readonly name?: string;
  readonly period?: string;
  readonly reportDate?: Date;
  readonly defects?: readonly UnitDefect[];
  /** Another file of the same unit code as the unit keyed so. */
  readonly copyOf?: string;
  readonly file?: string;
}

const PLAN: readonly PlannedUnit[] = [
  // Eleven HTXS by score; the limit will be 9, and the 9th and 10th are tied at 90.5.
  { key: "H1", score: 98.5 },
  { key: "H2", score: 97 },
  { key: "H3", score: 96 },
  { key: "H4", score: 95.5 },
  { key: "H5", score: 94.25 },
  { key: "H6", score: 93.5 },
  { key: "H7", score: 92 },
  { key: "H8", score: 91.5 },
  { key: "H9", score: 90.5 },
  { key: "H10", score: 90.5 },
  { key: "H11", score: 89.995 }, // rounds half away from zero to 90.00: HTXS, then demoted
  // Not HTXS however high the score.
  { key: "CAP", score: 96.5, cl01: false }, // capped at HT
  { key: "CAP2", score: 80, cl01: false }, // HTT by score, capped at HT
  { key: "NEW", score: 95, founded: day(2024, 8, 15) }, // CXL, still ranked
  { key: "B2", score: 60, founded: day(2024, 7, 2) }, // one day short of six months: CXL
  // HTT: 36 units.
  { key: "B1", score: 85, founded: day(2024, 7, 1) }, // exactly six months: classified
  { key: "R1", score: 89.994 }, // rounds to 89.99: HTT
  { key: "T1", score: 80.25, cluster: "Cụm 2" }, // an exact tie, in one cluster
  { key: "T2", score: 80.25, cluster: "Cụm 2" },
  { key: "INJ1", score: 78, name: FORMULA_NAMES[0] },
  { key: "INJ2", score: 76.5, name: FORMULA_NAMES[1] },
  { key: "INJ3", score: 74, name: FORMULA_NAMES[2] },
  { key: "INJ4", score: 72.5, name: FORMULA_NAMES[3] },
  { key: "LOW", score: 71, cluster: "cụm 2" }, // the cluster typed in lower case
  { key: "SOLO", score: 73.5, cluster: null }, // in no cluster
  { key: "CAPS", score: 75.5, period: "NĂM 2024" },
  { key: "PLAIN", score: 82.5, period: "nam 2024" },
  { key: "DUP", score: 77.75, reportDate: day(2024, 12, 12), file: "CD-DUP-ban-sua.xlsx" },
  ...Array.from({ length: 24 }, (_, k) => ({ key: `M${k + 1}`, score: 70 + ((k * 7) % 40) / 2 })),
  // HT and KHT.
  { key: "HT1", score: 50 },
  { key: "HT2", score: 55.5 },
  { key: "HT3", score: 64.75, cl01: false }, // CL01 = Không but HT already: nothing to cap
  { key: "HT4", score: 69.99 },
  { key: "HT5", score: 60 },
  { key: "K1", score: 49.99 },
  { key: "K2", score: 45 },
  { key: "K3", score: 30 },
  { key: "K4", score: 12.5, cl01: false },
  // Files that must not count.
  {
    key: "DUP-OLD",
    score: 99,
    copyOf: "DUP",
    reportDate: day(2024, 12, 5),
    file: "CD-DUP.xlsx",
  },
  { key: "EQ-A", score: 88, reportDate: day(2024, 12, 15), file: "CD-EQ-a.xlsx" },
  { key: "EQ-B", score: 66, copyOf: "EQ-A", reportDate: day(2024, 12, 15), file: "CD-EQ-b.xlsx" },
  { key: "ERR1", score: 99.5, defects: ["women-over-members"] },
  { key: "ERR2", score: 92, defects: ["score-over-max"] },
  { key: "OLD", score: 97.5, defects: ["wrong-period"] },
];

/** A planned file as written: the oracle's view of it and the key tests use. */
export interface FolderFile {
  readonly key: string;
  readonly file: string;
  readonly code: string | null;
  readonly submission: OracleSubmission;
}

export interface ProvinceFolder {
  readonly files: readonly FolderFile[];
  readonly submissions: readonly OracleSubmission[];
  /** The file of the unit planned under `key`. */
  readonly fileOf: (key: string) => FolderFile;
  readonly skipped: readonly string[];
}

/** Writes the folder into `dir` and describes it. */
export async function writeProvinceFolder(dir: string): Promise<ProvinceFolder> {
  const random = mulberry32(2024);
  const codes = new Map<string, string>();
  const files: FolderFile[] = [];
  let seq = 0;
  let firstBytes: Uint8Array | null = null;

  for (const [i, plan] of PLAN.entries()) {
    const code = plan.copyOf ? codes.get(plan.copyOf)! : `CD${String(++seq).padStart(3, "0")}`;
    codes.set(plan.key, code);
    const values = unitValues(i, plan, random);
    const thirdDecimal = Math.round(plan.score * 1000) % 10 !== 0;
    const layout: UnitLayout = {
      ...LAYOUTS[i % LAYOUTS.length],
      ...(i % 10 === 3 ? { numbers: "text" as const } : {}),
      // A generated total row rounds its sum its own way; at 3 decimals leave it out.
      ...(thirdDecimal ? { totalRow: false } : {}),
    };
    const cluster = plan.cluster === undefined ? `Cụm ${1 + (i % 3)}` : plan.cluster;
    const founded =
      plan.founded === undefined ? day(1995 + (i % 25), 1 + (i % 12), 1 + (i % 27)) : plan.founded;
    const spec: UnitWorkbookSpec = {
      unitCode: code,
      unitName: plan.name ?? `CĐCS ${AGENCIES[i % AGENCIES.length]} ${code.slice(2)}`,
      period: plan.period ?? PERIOD,
      values,
      layout,
      reportDate: plan.reportDate ?? day(2024, 12, 1 + (i % 14)),
      ...(cluster === null ? {} : { cluster }),
      ...(founded === null ? {} : { founded }),
      ...(plan.defects ? { defects: plan.defects } : {}),
    };
    const made = await makeUnitWorkbook(spec);
    firstBytes ??= made.bytes;
    const file = plan.file ?? `${code}.xlsx`;
    writeFileSync(join(dir, file), made.bytes);
    const errors = (plan.defects ?? []).some((d) => d !== "wrong-period");
    files.push({
      key: plan.key,
      file,
      code,
      submission: {
        file,
        errors,
        unit: {
          code,
          name: spec.unitName,
          cluster,
          period: plan.defects?.includes("wrong-period") ? otherPeriod(spec.period) : spec.period,
          founded,
          reportDate: spec.reportDate!,
          values,
        },
      },
    });
  }

  const damaged: Record<string, Uint8Array> = {
    "hong-cat-ngang.xlsx": truncated(firstBytes!),
    "bang-tinh-csv.xlsx": csv(),
    "tep-rong.xlsx": new Uint8Array(0),
  };
  for (const [file, bytes] of Object.entries(damaged)) {
    writeFileSync(join(dir, file), bytes);
    files.push({ key: file, file, code: null, submission: { file, unit: null, errors: true } });
  }
  const skipped = [".ban-nhap-an.xlsx", "~$CD001.xlsx"];
  for (const file of skipped) writeFileSync(join(dir, file), firstBytes!);

  const byKey = new Map(files.map((f) => [f.key, f]));
  return {
    files,
    submissions: files.map((f) => f.submission),
    fileOf: (key) => {
      const found = byKey.get(key);
      if (!found) throw new Error(`no planned unit ${key}`);
      return found;
    },
    skipped,
  };
}

/** Valid figures from a seed, the planned scores and CL01, and targets varied for the totals. */
function unitValues(i: number, plan: PlannedUnit, random: () => number): UnitValues {
  const base = validUnitValues(7000 + i);
  const indicators = { ...base.indicators };
  indicators.CL01 = { actual: plan.cl01 ?? true };
  // Less is better: most units set an allowance of members lost, some lost none.
  const lost = random() < 0.15 ? 0 : randomInt(random, 0, 10);
  indicators.DV05 =
    random() < 0.8 ? { target: randomInt(random, 0, 8), actual: lost } : { actual: lost };
  // Some units set no target for new members: their actual still counts in the total.
  if (random() < 0.15) indicators.DV04 = { actual: indicators.DV04!.actual! };
  return { indicators, scores: scoresSummingTo(plan.score, random) };
}

const CRITERIA: ReadonlyArray<readonly [string, number]> = [
  ["TC1", 15],
  ["TC2", 20],
  ["TC3", 20],
  ["TC4", 10],
  ["TC5", 20],
  ["TC6", 5],
  ["TC7", 10],
];

/**
 * Self scores in half points, spread over the criteria in proportion to their max, that sum to
 * `total`; what is left below half a point goes into one criterion's appraised score. One unit
 * in three also has an appraisal that lowers a self score by half a point (self raised first,
 * so the total stays), which only counts if the appraised score wins over the self score.
 */
function scoresSummingTo(total: number, random: () => number): UnitValues["scores"] {
  const thousandths = Math.round(total * 1000);
  let halves = Math.floor(thousandths / 500);
  const rest = thousandths - halves * 500;
  const maxHalves = CRITERIA.map(([, max]) => max * 2);
  const given = maxHalves.map((m) => Math.floor((m * halves) / 200));
  halves -= given.reduce((a, b) => a + b, 0);
  for (let k = 0; halves > 0; k = (k + 1) % given.length) {
    const pick = (k + Math.floor(random() * given.length)) % given.length;
    if (given[pick]! < maxHalves[pick]!) {
      given[pick]! += 1;
      halves -= 1;
    }
  }
  const scores: Record<string, { self: number; appraised?: number }> = {};
  CRITERIA.forEach(([code], k) => (scores[code] = { self: given[k]! / 2 }));
  const room = CRITERIA.map((_, k) => k).filter((k) => given[k]! < maxHalves[k]!);
  if (rest > 0) {
    const k = room[Math.floor(random() * room.length)]!;
    const code = CRITERIA[k]![0];
    scores[code] = { self: given[k]! / 2, appraised: (given[k]! * 500 + rest) / 1000 };
  }
  const lowered = room.filter((k) => scores[CRITERIA[k]![0]]!.appraised === undefined);
  if (random() < 0.34 && lowered.length > 0) {
    const k = lowered[Math.floor(random() * lowered.length)]!;
    const code = CRITERIA[k]![0];
    scores[code] = { self: (given[k]! + 1) / 2, appraised: given[k]! / 2 };
  }
  return scores;
}
