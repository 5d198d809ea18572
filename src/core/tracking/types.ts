/**
 * The data of the submission tracker (issue 9, "Submission tracker"): the files received, as
 * validation or the consolidation left them, and for every expected unit its one state.
 */
import type { Finding } from "../findings/finding";
import type { Membership } from "../units/expectedUnit";

/**
 * The state of an expected unit, that of the copy of its report that is used:
 * - `on-time`: received, consolidated, dated by the deadline (or no deadline was set);
 * - `late`: received and consolidated, dated after the deadline (`report.late`);
 * - `errors`: received, but kept out by its errors (a copy of another period too);
 * - `missing`: no file from the unit.
 * A copy replaced by a later one is not a state of the unit: the unit has the later copy's
 * state, and lists the copies it replaced.
 *
 * @example
 * const state: TrackState = "late";
 */
export type TrackState = "on-time" | "late" | "errors" | "missing";

/**
 * One file received, as validation (see submittedFilesFromBatch) or the consolidation (a
 * `UnitOutcome` is one) left it: the unit it declares (`null` when none could be read), whether
 * it went into the consolidation, was kept out, or was replaced by a later copy, and its
 * findings.
 *
 * @example
 * const file: SubmittedFile = { file: "cd001.xlsx", code: "CD001", name: "CĐCS Sở Y tế",
 *   cluster: "Cụm 1", status: "included", replacedBy: null, findings: [] };
 */
export interface SubmittedFile {
  readonly file: string;
  readonly code: string | null;
  readonly name: string | null;
  readonly cluster?: string | null;
  readonly status: "included" | "rejected" | "replaced";
  readonly replacedBy: string | null;
  readonly findings: readonly Finding[];
}

/**
 * One unit of the tracker: an expected unit (`listed`), or a unit that sent a report without
 * being on the list. Its name, cluster, membership and contact are the list's (a unit not on
 * the list, or a list entry without a cluster, takes the submission's). `file` is the copy
 * whose state is the unit's (the consolidated copy; else the first copy kept out), `replaced`
 * the copies a later one replaced, `otherFiles` the other copies kept out (a second copy of
 * the same date, a copy of another period); together they are every file of the unit.
 * `submittedName` is the used copy's name when it differs from the list's (`unit.name-differs`),
 * and `findings` the used copy's findings.
 *
 * @example
 * const unit: TrackedUnit = { code: "CD002", name: "CĐCS Sở Tài chính", cluster: "Cụm 1",
 *   membership: "direct", contact: null, listed: true, state: "missing", file: null,
 *   submittedName: null, replaced: [], otherFiles: [], findings: [] };
 */
export interface TrackedUnit {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly membership: Membership | null;
  readonly contact: string | null;
  readonly listed: boolean;
  readonly state: TrackState;
  readonly file: string | null;
  readonly submittedName: string | null;
  readonly replaced: readonly string[];
  readonly otherFiles: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * How many units are in each state: `units` expected, `received` of them sent something
 * (on time, late or with errors), and `replaced` copies were replaced by a later one.
 *
 * @example
 * const counts: TrackingCounts = { units: 59, received: 57, onTime: 50, late: 3, errors: 4,
 *   missing: 2, replaced: 1 };
 */
export interface TrackingCounts {
  readonly units: number;
  readonly received: number;
  readonly onTime: number;
  readonly late: number;
  readonly errors: number;
  readonly missing: number;
  readonly replaced: number;
}

/**
 * The tracker's outcome. With a list (`hasList`), `units` holds every expected unit in the
 * list's order and then the units not on it in the order their files came; the counts are of
 * the expected units, per cluster (clusters in natural order, units without one last, as
 * `cluster: null`, each naming its units by their positions in `units`) and in all,
 * `unlisted` counting the others. Without a list, every unit that
 * sent a report is counted and none can be missing. `unidentified` are the files no unit could
 * be read from. Every file given is in exactly one unit's `file`, `replaced` or `otherFiles`,
 * or in `unidentified`.
 *
 * @example
 * declare const tracking: SubmissionTracking;
 * `${tracking.total.received}/${tracking.total.units}` // "57/59"
 */
export interface SubmissionTracking {
  readonly hasList: boolean;
  readonly units: readonly TrackedUnit[];
  readonly unidentified: readonly SubmittedFile[];
  readonly clusters: readonly {
    readonly cluster: string | null;
    readonly counts: TrackingCounts;
    /** The positions in `units` of the cluster's units, in `units`' order. */
    readonly members: readonly number[];
  }[];
  readonly total: TrackingCounts;
  readonly unlisted: number;
}
