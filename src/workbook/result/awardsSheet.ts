import type { TableSheet } from "../excel/tableSheet";
import type { AwardScope, UnitOutcome } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import type { ResultContext, ResultSheet } from "./resultSheet";
import {
  finishTable,
  putNumber,
  putText,
  writeHeaderRow,
  writeLine,
  writeTitle,
} from "./tableLayout";

/** Where sheet Khen thưởng puts things (1-based rows and columns). */
export const AWARDS_LAYOUT = {
  titleRow: 1,
  headerRow: 3,
  firstDataRow: 4,
  columns: { award: 1, code: 2, name: 3, cluster: 4, scope: 5, rank: 6, classCode: 7, reason: 8 },
} as const;

/**
 * Sheet Khen thưởng: every award proposed, award rule by award rule in the rules' order and
 * by rank within each (award, unit code and name, cluster, where it was ranked, the rank, the
 * class, why); then the units tied at the edge of a limit that were not proposed, and why.
 */
export const awardsSheet: ResultSheet = {
  name: text("result.sheet.awards", "vi"),
  write: writeAwardsSheet,
};

interface AwardRow {
  readonly award: string;
  readonly unit: string;
  readonly scope: AwardScope;
  readonly cluster: string | null;
  readonly rank: number | null;
  readonly reason: string;
}

function writeAwardsSheet(sheet: TableSheet, context: ResultContext): void {
  const { result, lang } = context;
  const { columns, headerRow, firstDataRow } = AWARDS_LAYOUT;
  const lastColumn = columns.reason;
  const units = new Map(
    result.units.filter((u) => u.status === "included").map((u) => [u.code, u]),
  );
  writeTitle(
    sheet,
    AWARDS_LAYOUT.titleRow,
    lastColumn,
    text("result.awards.title", lang, { period: context.period }),
  );
  const labels = [
    text("result.col.award", lang),
    text("result.col.unit-code", lang),
    text("result.col.unit-name", lang),
    text("result.col.cluster", lang),
    text("result.col.scope", lang),
    text("result.col.rank", lang),
    text("result.col.class-code", lang),
    text("result.col.reason", lang),
  ];
  writeHeaderRow(sheet, headerRow, labels);

  const grants: AwardRow[] = result.awards.grants.map((g) => ({ ...g }));
  writeRows(sheet, firstDataRow, grants, units, lang);
  const lastGrantRow = firstDataRow + grants.length - 1;
  const notes: number[] = [];
  if (grants.length === 0) {
    writeLine(sheet, firstDataRow, text("result.awards.none", lang));
    notes.push(firstDataRow);
  }

  const withheld: AwardRow[] = result.awards.pools.flatMap((pool) =>
    pool.withheld.map((w) => ({
      award: pool.award,
      unit: w.unit,
      scope: pool.scope,
      cluster: pool.cluster,
      rank: null,
      reason: w.reason,
    })),
  );
  if (withheld.length > 0) {
    const titleRow = Math.max(lastGrantRow, firstDataRow) + 2;
    writeLine(sheet, titleRow, text("result.awards.withheld", lang), "heading");
    notes.push(titleRow);
    writeHeaderRow(sheet, titleRow + 1, labels);
    writeRows(sheet, titleRow + 2, withheld, units, lang);
  }

  finishTable(sheet, {
    headerRows: { first: headerRow, last: headerRow },
    filter: { lastRow: lastGrantRow, lastColumn },
    widths: { min: 6, max: 50, skipRows: notes },
  });
}

function writeRows(
  sheet: TableSheet,
  firstRow: number,
  rows: readonly AwardRow[],
  units: ReadonlyMap<string | null, UnitOutcome>,
  lang: Lang,
): void {
  const { columns } = AWARDS_LAYOUT;
  rows.forEach((award, k) => {
    const unit = units.get(award.unit);
    const row = sheet.getRow(firstRow + k);
    putText(row.getCell(columns.award), award.award);
    putText(row.getCell(columns.code), award.unit, "centre");
    putText(row.getCell(columns.name), unit?.name, "wrap");
    putText(row.getCell(columns.cluster), unit?.cluster);
    putText(
      row.getCell(columns.scope),
      // A cluster is named as the units wrote it ("Cụm 2", "Khối trường học").
      award.scope === "cluster" ? award.cluster : text("result.scope.province", lang),
    );
    putNumber(row.getCell(columns.rank), award.rank, "centre");
    putText(row.getCell(columns.classCode), unit?.classification, "centre");
    putText(row.getCell(columns.reason), award.reason, "wrap");
  });
}
