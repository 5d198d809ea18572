import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import { normalizeLabel } from "../core/text/normalizeLabel";
import { cellError, type CellResult } from "./cellResult";
import { buildMatrix, cellOf, commonShape, shapeOf, toMatrix } from "./matrix";
import { makeRankLookup, type RankLookup } from "./rankLookup";
import { formatNumberForMessage } from "./readCellNumber";
import { shapeMismatch } from "./shapeMismatch";

/**
 * The cluster a cell names, as a key that matches the way labels match (ignoring case,
 * diacritics and spacing); `null` for an empty cell. A number names the cluster "1", "2", ….
 */
function clusterKey(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  const label = typeof cell === "string" ? cell : String(cell);
  return label.trim() === "" ? null : normalizeLabel(label);
}

/**
 * The body of CDVC.RANK_CDCS: the competition rank (highest first, ties sharing, 1, 2, 2, 4, as
 * RANK.EQ) of each cell of `score` among the numbers in `scores`, or, with `cluster` and
 * `clusters`, among the scores whose cluster matches the unit's. Only numbers are scores, as in
 * RANK.EQ: empty cells, text (even text that reads as a number) and TRUE/FALSE in `scores` are
 * left out, and a `score` cell holding text is a #VALUE! that says so, since it can never be
 * found. Each result cell is the rank; "" for an empty score cell or an empty cluster cell (a
 * unit in no cluster has no cluster rank); #N/A when the score is not among the scores (of its
 * cluster). `score` may be a range (one rank per cell, the same size) and `cluster` a range of
 * that size, either of them a single cell repeated over the other; `clusters` must be the size
 * of `scores` (#VALUE! otherwise), and the two cluster arguments come together.
 */
export function rankMatrix(
  scoreArgument: unknown,
  scoresArgument: unknown,
  clusterArgument: unknown,
  clustersArgument: unknown,
  lang: Lang = "vi",
): CellResult[][] {
  const score = toMatrix(scoreArgument) ?? [[null]];
  const scores = toMatrix(scoresArgument) ?? [[null]];
  const cluster = toMatrix(clusterArgument);
  const clusters = toMatrix(clustersArgument);

  if (cluster && !clusters) {
    return [[cellError("#VALUE!", text("functions.rank.cluster-needs-clusters", lang))]];
  }
  if (clusters && !cluster) {
    return [[cellError("#VALUE!", text("functions.rank.clusters-need-cluster", lang))]];
  }
  if (clusters) {
    const a = shapeOf(scores);
    const b = shapeOf(clusters);
    if (a.rows !== b.rows || a.columns !== b.columns) {
      return [[shapeMismatch([scores, clusters], ["scores", "clusters"], 0, 1, lang)]];
    }
  }
  const queries = cluster ? [score, cluster] : [score];
  const combined = commonShape(queries);
  if ("conflict" in combined) {
    return [[shapeMismatch(queries, ["score", "cluster"], 0, 1, lang)]];
  }

  const lookups = buildLookups(scores, clusters);
  return buildMatrix(combined.shape, (row, column): CellResult => {
    const value = cellOf(score, row, column);
    if (value === null || value === undefined) return "";
    if (typeof value !== "number") {
      if (typeof value === "string" && value.trim() === "") return "";
      const message =
        typeof value === "boolean"
          ? text("functions.not-a-number-boolean", lang, { text: value ? "TRUE" : "FALSE" })
          : text("functions.rank.score-is-text", lang, { text: String(value) });
      return cellError("#VALUE!", message);
    }
    let key: string | null = null;
    let label = "";
    if (cluster) {
      const cell = cellOf(cluster, row, column);
      key = clusterKey(cell);
      if (key === null) return "";
      label = String(cell).trim();
    }
    const rank = lookups.get(key)?.rankOf(value) ?? null;
    if (rank !== null) return rank;
    const shownScore = formatNumberForMessage(value, lang);
    return cellError(
      "#N/A",
      cluster
        ? text("functions.rank.not-found-in-cluster", lang, { score: shownScore, cluster: label })
        : text("functions.rank.not-found", lang, { score: shownScore }),
    );
  });
}

/**
 * One lookup per cluster (or one for all, under the key `null`), each ranking only the
 * number cells of `scores`; rows without a cluster belong to none.
 */
function buildLookups(
  scores: readonly (readonly unknown[])[],
  clusters: readonly (readonly unknown[])[] | null,
): Map<string | null, RankLookup> {
  const members = new Map<string | null, number[]>();
  scores.forEach((line, row) => {
    line.forEach((cell, column) => {
      if (typeof cell !== "number" || !Number.isFinite(cell)) return;
      const key = clusters ? clusterKey(clusters[row]?.[column]) : null;
      if (clusters && key === null) return;
      const list = members.get(key);
      if (list) list.push(cell);
      else members.set(key, [cell]);
    });
  });
  const lookups = new Map<string | null, RankLookup>();
  for (const [key, list] of members) lookups.set(key, makeRankLookup(list));
  return lookups;
}
