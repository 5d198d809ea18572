import { makeFinding } from "../../core/findings/makeFinding";
import type { Lang } from "../../core/messages/format";
import type { BatchEntry } from "../../core/validation";
import type { InputFile } from "../inputs";
import { findingLines } from "./findingLines";

const SNIFF_BATCH = 16;

/**
 * What the inputs of `cdvc consolidate` are, once read as units' reports: reports (the usual
 * consolidation), result workbooks of several CĐVC (a roll-up), or a mix of both, which cannot
 * be consolidated together. A result workbook has none of the form's sheets, so only the files
 * whose check found `form.sheet-missing` are opened again to look for the mark: a batch of
 * reports costs nothing more.
 */
export async function inputKind(
  inputs: readonly InputFile[],
  entries: readonly BatchEntry[],
  lang: Lang,
): Promise<{ kind: "reports" } | { kind: "results"; files: InputFile[] } | { kind: "mixed" }> {
  const candidates = inputs.filter((_, k) =>
    entries[k]?.result.findings.some((f) => f.code === "form.sheet-missing"),
  );
  if (candidates.length === 0) return { kind: "reports" };
  // Loaded for such files alone: reading result workbooks back takes zod's schema of the rules.
  const { isResultFile } = await import("./readResultFiles");
  const results: InputFile[] = [];
  // A few files at a time keep the disk busy.
  for (let start = 0; start < candidates.length; start += SNIFF_BATCH) {
    const batch = candidates.slice(start, start + SNIFF_BATCH);
    const kinds = await Promise.all(batch.map(isResultFile));
    batch.forEach((file, k) => kinds[k] && results.push(file));
  }
  if (results.length === 0) return { kind: "reports" };
  if (results.length === inputs.length) return { kind: "results", files: results };
  const isResult = new Set(results);
  const other = inputs.find((file) => !isResult.has(file))!;
  const finding = makeFinding(
    "rollup.mixed-inputs",
    { file: "" },
    {
      consolidated: results.length,
      example: results[0]!.name,
      reports: inputs.length - results.length,
      other: other.name,
    },
    lang,
  );
  process.stderr.write(findingLines([finding], lang).join("\n") + "\n");
  return { kind: "mixed" };
}
