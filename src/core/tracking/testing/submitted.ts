/**
 * Builders of submitted files for jest tests of the tracker and of the modules that use it: a
 * file per state, with the findings that make it. For tests only.
 */
import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import type { SubmittedFile } from "../types";

/**
 * The warning validation gives a report dated after the deadline (15/01/2025).
 *
 * @example
 * submitted("a.xlsx", "CD01", { findings: [lateFinding("a.xlsx")] }) // a late report
 */
export function lateFinding(file: string, date = "20/01/2025"): Finding {
  return makeFinding(
    "report.late",
    { file, sheet: "BaoCao", cell: "C8" },
    { date, deadline: "15/01/2025" },
  );
}

/**
 * An error that keeps a file out.
 *
 * @example
 * submitted("a.xlsx", "CD01", { status: "rejected", findings: [errorFinding("a.xlsx")] })
 */
export function errorFinding(file: string): Finding {
  return makeFinding(
    "number.not-a-number",
    { file, sheet: "BaoCao", cell: "F14" },
    { text: "khoảng 20" },
  );
}

/**
 * A file received from `code` (null: no unit could be read), named "CĐCS <code>", in no
 * cluster, included with no finding unless `extra` says otherwise.
 *
 * @example
 * submitted("a-cu.xlsx", "CD01", { status: "replaced", replacedBy: "a-moi.xlsx" })
 */
export function submitted(
  file: string,
  code: string | null,
  extra: Partial<SubmittedFile> = {},
): SubmittedFile {
  return {
    file,
    code,
    name: code === null ? null : `CĐCS ${code}`,
    cluster: null,
    status: "included",
    replacedBy: null,
    findings: [],
    ...extra,
  };
}
