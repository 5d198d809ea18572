import type { SubmissionTracking, TrackingCounts } from "./types";

/**
 * One unit in the tracker's JSON: the list's fields, its state, its files, the number of
 * errors and warnings of its used copy, and for a late report its date and the deadline as the
 * `report.late` finding gave them.
 *
 * @example
 * const unit: TrackingJsonUnit = { code: "CD001", name: "CĐCS Sở Y tế", cluster: "Cụm 1",
 *   membership: "direct", contact: null, listed: true, state: "late", file: "cd001.xlsx",
 *   submittedName: null, replaced: [], otherFiles: [], errors: 0, warnings: 1,
 *   late: { date: "20/01/2025", deadline: "15/01/2025" } };
 */
export interface TrackingJsonUnit {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly membership: "direct" | "member" | null;
  readonly contact: string | null;
  readonly listed: boolean;
  readonly state: string;
  readonly file: string | null;
  readonly submittedName: string | null;
  readonly replaced: readonly string[];
  readonly otherFiles: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly late: { readonly date: string; readonly deadline: string } | null;
}

/**
 * The JSON `cdvc track --json` writes: whether there was a list, every unit, the files whose
 * unit could not be read (with their findings' codes), the counts per cluster and in all.
 *
 * @example
 * const json: TrackingJson = trackingToJson(tracking);
 * json.total.missing // 2
 */
export interface TrackingJson {
  readonly hasList: boolean;
  readonly units: readonly TrackingJsonUnit[];
  readonly unidentified: readonly { readonly file: string; readonly findings: readonly string[] }[];
  readonly clusters: readonly {
    readonly cluster: string | null;
    readonly counts: TrackingCounts;
  }[];
  readonly total: TrackingCounts;
  readonly unlisted: number;
}

/**
 * The tracker's outcome as plain JSON data (no dates, no findings objects), stable for scripts.
 *
 * @example
 * JSON.stringify(trackingToJson(trackSubmissions(files, rules.units)), null, 2)
 */
export function trackingToJson(tracking: SubmissionTracking): TrackingJson {
  return {
    hasList: tracking.hasList,
    units: tracking.units.map((unit) => {
      const late = unit.findings.find((f) => f.code === "report.late");
      const errors = unit.findings.filter((f) => f.severity === "error").length;
      return {
        code: unit.code,
        name: unit.name,
        cluster: unit.cluster,
        membership: unit.membership,
        contact: unit.contact,
        listed: unit.listed,
        state: unit.state,
        file: unit.file,
        submittedName: unit.submittedName,
        replaced: unit.replaced,
        otherFiles: unit.otherFiles,
        errors,
        warnings: unit.findings.length - errors,
        late: late
          ? { date: String(late.params?.date ?? ""), deadline: String(late.params?.deadline ?? "") }
          : null,
      };
    }),
    unidentified: tracking.unidentified.map((f) => ({
      file: f.file,
      findings: f.findings.map((x) => x.code),
    })),
    clusters: tracking.clusters,
    total: tracking.total,
    unlisted: tracking.unlisted,
  };
}
