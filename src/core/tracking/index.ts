/**
 * The submission tracker (issue 9): every expected unit's state, the counts per cluster, the
 * report's sentence on who sent a report, and the tracker's JSON.
 */
export type {
  SubmissionTracking,
  SubmittedFile,
  TrackedUnit,
  TrackingCounts,
  TrackState,
} from "./types";
export { trackSubmissions } from "./trackSubmissions";
export { submittedFilesFromBatch } from "./submittedFilesFromBatch";
export { submissionCounts } from "./submissionCounts";
export { submissionsSentence } from "./submissionsSentence";
export { trackingNotes } from "./trackingNotes";
export { trackingToJson, type TrackingJson, type TrackingJsonUnit } from "./trackingToJson";
