import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import type { ClassCode, Rules } from "../rules";
import { floorShare } from "./floorShare";
import { groupByCluster } from "./groupByCluster";
import { takeWholeTies } from "./takeWholeTies";
import type { AwardGrant, AwardPoolOutcome, AwardScope, AwardsResult } from "./types";

/**
 * One included unit as the awards see it: its class and its ranks (CXL units included: they
 * count among the "included" units of a share limit, and are eligible only where a rule names
 * CXL).
 *
 * @example
 * const c: AwardCandidate = { code: "CD03", cluster: "Cụm 2", classification: "HTXS", rank: 4, clusterRank: 1 };
 */
export interface AwardCandidate {
  readonly code: string;
  readonly cluster: string | null;
  readonly classification: ClassCode;
  readonly rank: number;
  readonly clusterRank: number | null;
}

type AwardRule = Rules["awardRules"][number];

/**
 * Proposes awards (DOMAIN.md, "Awards"). Rules apply in the configured order; each gives its
 * award, in rank order, to the units whose class it names, up to its limit:
 * - scope `province`: one pool, ranked by the overall rank;
 * - scope `cluster`, or a `perCluster` limit: one pool per cluster, ranked by the rank in the
 *   cluster; a unit in no cluster is in no cluster pool;
 * - limit `count`: at most that many per pool; `perCluster`: that many per cluster; `share`:
 *   the share of the pool's units classified (class other than CXL) or included (all ranked
 *   units, CXL too), rounded down (see {@link floorShare});
 * - a unit holding an award named in `excludeAwards` (given by an earlier rule) is skipped, and
 *   so is a unit that already holds an award of the same name: a unit receives each award once.
 * Ties at the limit's edge follow the quota's rule (see {@link takeWholeTies}): tied units get
 * the award together only if all of them fit, otherwise none of the tie does, even when that
 * leaves places unused; the pool lists them as withheld, with the reason. Each grant carries
 * its reason ("Hạng 1 cụm Cụm 2, HTXS").
 *
 * @example
 * proposeAwards(
 *   [{ code: "A", cluster: "Cụm 1", classification: "HTXS", rank: 1, clusterRank: 1 },
 *    { code: "B", cluster: "Cụm 1", classification: "HTT", rank: 2, clusterRank: 2 }],
 *   { awardRules: [{ name: "Giấy khen của CĐVC tỉnh", classes: ["HTXS", "HTT"], scope: "province",
 *     limit: { count: 10 } }] },
 * ).byUnit // { A: ["Giấy khen của CĐVC tỉnh"], B: ["Giấy khen của CĐVC tỉnh"] }
 */
export function proposeAwards(
  candidates: readonly AwardCandidate[],
  rules: Pick<Rules, "awardRules">,
  lang: Lang = "vi",
): AwardsResult {
  const held = new Map<string, string[]>(candidates.map((c) => [c.code, []]));
  const grants: AwardGrant[] = [];
  const pools: AwardPoolOutcome[] = [];

  for (const rule of rules.awardRules) {
    const clusterScoped = rule.scope === "cluster" || "perCluster" in rule.limit;
    const scope: AwardScope = clusterScoped ? "cluster" : "province";
    const poolList = clusterScoped
      ? groupByCluster(candidates.map((c) => c.cluster)).map((group) => ({
          cluster: group.cluster as string | null,
          members: group.indices.map((index) => candidates[index]!),
        }))
      : [{ cluster: null, members: [...candidates] }];

    for (const pool of poolList) {
      const rankOf = (c: AwardCandidate) => (clusterScoped ? (c.clusterRank ?? 0) : c.rank);
      const eligible = pool.members
        .filter((c) => isEligible(c, rule, held.get(c.code) ?? []))
        .sort((a, b) => rankOf(a) - rankOf(b));
      const limit = poolLimit(rule, pool.members);
      const cut = takeWholeTies(eligible, limit, rankOf);
      const params = (c: AwardCandidate) => ({
        rank: rankOf(c),
        cluster: pool.cluster ?? "",
        class: c.classification,
        limit,
        award: rule.name,
      });
      for (const c of cut.taken) {
        held.get(c.code)?.push(rule.name);
        grants.push({
          unit: c.code,
          award: rule.name,
          scope,
          cluster: pool.cluster,
          rank: rankOf(c),
          reason: text(`award.reason.${scope}`, lang, params(c)),
        });
      }
      pools.push({
        award: rule.name,
        scope,
        cluster: pool.cluster,
        limit,
        granted: cut.taken.map((c) => c.code),
        withheld: cut.tiedOut.map((c) => ({
          unit: c.code,
          reason: text(`award.withheld.${scope}`, lang, params(c)),
        })),
      });
    }
  }

  return { grants, pools, byUnit: Object.fromEntries(held) };
}

function isEligible(candidate: AwardCandidate, rule: AwardRule, held: readonly string[]): boolean {
  const classes: readonly ClassCode[] = rule.classes;
  if (!classes.includes(candidate.classification)) return false;
  if (held.includes(rule.name)) return false;
  return !(rule.excludeAwards ?? []).some((award) => held.includes(award));
}

function poolLimit(rule: AwardRule, members: readonly AwardCandidate[]): number {
  const limit = rule.limit;
  if ("count" in limit) return limit.count;
  if ("perCluster" in limit) return limit.perCluster;
  const counted =
    limit.of === "classified" ? members.filter((c) => c.classification !== "CXL") : members;
  return floorShare(limit.share, counted.length);
}
