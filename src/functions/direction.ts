import type { Direction } from "../core/attainment/attainment";
import { normalizeLabel } from "../core/text/normalizeLabel";

// The words a staff member may type for each direction, compared as labels are (ignoring case,
// diacritics and spacing), so "Càng thấp càng tốt" and "cang thap cang tot" are the same.
const WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: [
    "higher",
    "high",
    "more",
    "more is better",
    "cao",
    "cao hơn",
    "tăng",
    "càng cao càng tốt",
    "càng nhiều càng tốt",
    "nhiều hơn là tốt",
  ],
  lower: [
    "lower",
    "low",
    "less",
    "less is better",
    "thấp",
    "thấp hơn",
    "giảm",
    "càng thấp càng tốt",
    "càng ít càng tốt",
    "ít hơn là tốt",
  ],
};

const BY_LABEL: ReadonlyMap<string, Direction> = new Map(
  (Object.keys(WORDS) as Direction[]).flatMap((direction) =>
    WORDS[direction].map((word) => [normalizeLabel(word), direction] as const),
  ),
);

/**
 * The direction a cell names: blank means the default, more is better; an unknown word is
 * `undefined`, for the caller to report.
 */
export function readDirection(cell: unknown): Direction | undefined {
  if (cell === null || cell === undefined) return "higher";
  if (typeof cell !== "string") return undefined;
  if (cell.trim() === "") return "higher";
  return BY_LABEL.get(normalizeLabel(cell));
}
