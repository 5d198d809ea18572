import { normalizeLabel } from "../text/normalizeLabel";

/**
 * One emulation cluster: its name as first written, and the positions of its members.
 *
 * @example
 * const group: ClusterGroup = { cluster: "Cụm 1", indices: [0, 3] };
 */
export interface ClusterGroup {
  readonly cluster: string;
  readonly indices: readonly number[];
}

/**
 * Groups units by emulation cluster. Cluster names are the same cluster when they match as
 * labels do (ignoring case, diacritics and spacing: "Cụm 1" = "CUM 1"), because units type the
 * name by hand; the group keeps the name as first written. A unit without a cluster (null or
 * blank) is in no group. Groups come in natural order ("Cụm 2" before "Cụm 10"), so every
 * table and sentence lists clusters the same way whatever order the files came in.
 *
 * @example
 * groupByCluster(["Cụm 2", null, "Cụm 10", "cum 2"])
 * // [{ cluster: "Cụm 2", indices: [0, 3] }, { cluster: "Cụm 10", indices: [2] }]
 */
export function groupByCluster(clusters: readonly (string | null)[]): ClusterGroup[] {
  const groups = new Map<string, { cluster: string; indices: number[] }>();
  clusters.forEach((cluster, index) => {
    if (cluster === null) return;
    const key = normalizeLabel(cluster);
    if (key === "") return;
    const group = groups.get(key);
    if (group) group.indices.push(index);
    else groups.set(key, { cluster: cluster.trim(), indices: [index] });
  });
  return [...groups.values()].sort((a, b) =>
    a.cluster.localeCompare(b.cluster, "vi", { numeric: true, sensitivity: "base" }),
  );
}
