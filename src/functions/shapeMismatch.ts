import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import { cellError, type CellError } from "./cellResult";
import { describeShape, shapeOf, type Matrix } from "./matrix";

/** The parameters whose names a size message can show. */
export type ArgumentName =
  "actual" | "target" | "direction" | "score" | "scores" | "cluster" | "clusters";

/** The #VALUE! for two range arguments whose sizes differ, naming both and their sizes. */
export function shapeMismatch(
  matrices: readonly Matrix[],
  names: readonly ArgumentName[],
  first: number,
  second: number,
  lang: Lang,
): CellError {
  const describe = (index: number) => ({
    name: text(`functions.arg.${names[index] ?? "actual"}`, lang),
    shape: describeShape(shapeOf(matrices[index] ?? [])),
  });
  const a = describe(first);
  const b = describe(second);
  return cellError(
    "#VALUE!",
    text("functions.shape-mismatch", lang, {
      first: a.name,
      firstShape: a.shape,
      second: b.name,
      secondShape: b.shape,
    }),
  );
}
