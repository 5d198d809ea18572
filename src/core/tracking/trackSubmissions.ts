import { groupByCluster } from "../consolidation/groupByCluster";
import type { ExpectedUnit } from "../units/expectedUnit";
import { unitCodeKey } from "../units/unitCodeKey";
import { unitNameKey } from "../units/unitNameKey";
import type {
  SubmissionTracking,
  SubmittedFile,
  TrackedUnit,
  TrackingCounts,
  TrackState,
} from "./types";

/**
 * Tracks the submissions of a period against the list of expected units (issue 9): gives every
 * expected unit one state — `on-time`, `late` (its used copy has `report.late`), `errors` (it
 * sent something, nothing of it consolidated) or `missing` — and lists, for each, the file
 * used, the copies replaced by a later one and any other copy kept out; units that sent a
 * report without being on the list come after the list's, files from which no unit code could
 * be read are `unidentified`. Codes match as submissions do (ignoring case and spaces). The
 * counts are per cluster and in all (see {@link SubmissionTracking}). Without a list the units
 * that sent a report are the ones tracked.
 *
 * @example
 * const tracking = trackSubmissions(result.units, rules.units);
 * tracking.total // { units: 59, received: 57, onTime: 50, late: 3, errors: 4, missing: 2, replaced: 1 }
 * tracking.units.filter((u) => u.state === "missing").map((u) => u.code) // ["CD017", "CD042"]
 */
export function trackSubmissions(
  files: readonly SubmittedFile[],
  units: readonly ExpectedUnit[] | undefined,
): SubmissionTracking {
  const list = units ?? [];
  const hasList = list.length > 0;
  const byCode = new Map<string, SubmittedFile[]>();
  const unidentified: SubmittedFile[] = [];
  for (const file of files) {
    const code = file.code?.trim() ?? "";
    if (code === "") {
      unidentified.push(file);
      continue;
    }
    const key = unitCodeKey(code);
    const copies = byCode.get(key);
    if (copies) copies.push(file);
    else byCode.set(key, [file]);
  }

  const tracked: TrackedUnit[] = [];
  const listedKeys = new Set<string>();
  for (const expected of list) {
    const key = unitCodeKey(expected.code);
    // A code listed twice is the rules' error (config.duplicate): the first entry is the unit.
    if (listedKeys.has(key)) continue;
    listedKeys.add(key);
    tracked.push(trackUnit(expected, byCode.get(key) ?? []));
  }
  for (const [key, copies] of byCode) {
    if (!listedKeys.has(key)) tracked.push(trackUnit(null, copies));
  }

  // Positions in `tracked` of the units counted: the listed ones, or all without a list.
  const counted = tracked.flatMap((u, k) => (!hasList || u.listed ? [k] : []));
  const groups = groupByCluster(counted.map((k) => tracked[k]!.cluster));
  const grouped = new Set(groups.flatMap((g) => g.indices));
  const clusterOf = (cluster: string | null, members: number[]) => ({
    cluster,
    counts: countStates(members.map((k) => tracked[k]!)),
    members,
  });
  const clusters = groups.map((g) =>
    clusterOf(
      g.cluster,
      g.indices.map((i) => counted[i]!),
    ),
  );
  const noCluster = counted.filter((_, i) => !grouped.has(i));
  if (noCluster.length > 0) clusters.push(clusterOf(null, noCluster));

  return {
    hasList,
    units: tracked,
    unidentified,
    clusters,
    total: countStates(counted.map((k) => tracked[k]!)),
    unlisted: hasList ? tracked.length - counted.length : 0,
  };
}

function trackUnit(expected: ExpectedUnit | null, copies: readonly SubmittedFile[]): TrackedUnit {
  const replaced = copies.filter((c) => c.status === "replaced").map((c) => c.file);
  const kept = copies.filter((c) => c.status !== "replaced");
  const used = kept.find((c) => c.status === "included") ?? kept[0] ?? null;
  const submitted = used ?? copies[0] ?? null;
  const name = expected?.name ?? submitted?.name ?? "";
  const submittedName =
    expected && used?.name && unitNameKey(used.name) !== unitNameKey(expected.name)
      ? used.name
      : null;
  return {
    code: expected?.code.trim() ?? submitted?.code?.trim() ?? "",
    name,
    cluster: expected?.cluster ?? submitted?.cluster ?? null,
    membership: expected?.membership ?? null,
    contact: expected?.contact ?? null,
    listed: expected !== null,
    state: stateOf(used),
    file: used?.file ?? null,
    submittedName,
    replaced,
    otherFiles: kept.filter((c) => c !== used).map((c) => c.file),
    findings: used?.findings ?? [],
  };
}

function stateOf(used: SubmittedFile | null): TrackState {
  if (used === null) return "missing";
  if (used.status !== "included") return "errors";
  return used.findings.some((f) => f.code === "report.late") ? "late" : "on-time";
}

function countStates(units: readonly TrackedUnit[]): TrackingCounts {
  const count = (state: TrackState) => units.filter((u) => u.state === state).length;
  const missing = count("missing");
  return {
    units: units.length,
    received: units.length - missing,
    onTime: count("on-time"),
    late: count("late"),
    errors: count("errors"),
    missing,
    replaced: units.reduce((sum, u) => sum + u.replaced.length, 0),
  };
}
