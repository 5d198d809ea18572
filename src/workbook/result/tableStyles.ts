import type { Fill, Style } from "exceljs";
import type { Indicator } from "../../core/rules";
import { BOLD, FILLS, FONT, NOTE_FONT, TABLE_BORDER, TITLE_FONT } from "../template/cellStyles";

/** Number formats of the output workbook. */
export const RESULT_FORMATS = {
  count: "#,##0",
  money: "#,##0.0",
  number: "#,##0.00",
  score: "0.00",
  percent: "0%",
} as const;

/** What a cell shows: text (left, centred or wrapped) or a number in one of the formats. */
export type CellKind =
  "text" | "centre" | "wrap" | "count" | "money" | "number" | "score" | "percent" | "code";

/** A table's header, an ordinary row, or a total row (bold on green). */
export type Emphasis = "header" | "body" | "total";

/** Status colours of the Kiểm tra sheet. */
const STATUS_FILLS: Readonly<Record<"rejected" | "replaced", Fill>> = {
  rejected: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF8CBAD" } },
  replaced: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } },
};

const CODE_FONT = { name: "Courier New", size: 10 } as const;

type Status = keyof typeof STATUS_FILLS;
const cache = new Map<CellKind, Map<Emphasis, Map<Status | undefined, Partial<Style>>>>();

/**
 * The one style object of each kind of cell. ExcelJS keys the styles it writes by object
 * identity, so giving thousands of cells the same object costs one lookup each, where a style
 * built per cell costs a serialisation each (the difference is seconds at 5,000 units). The
 * objects are frozen: a cell's style is changed by assigning another one, never in place,
 * since a change in place would reach every cell that shares it.
 *
 * @example
 * sheet.getCell("E5").style = cellStyle("count");
 * sheet.getCell("E60").style = cellStyle("count", "total");
 */
export function cellStyle(
  kind: CellKind,
  emphasis: Emphasis = "body",
  status?: Status,
): Partial<Style> {
  // Asked for every cell written: found through nested maps, with no key string to build.
  let byEmphasis = cache.get(kind);
  if (!byEmphasis) cache.set(kind, (byEmphasis = new Map()));
  let byStatus = byEmphasis.get(emphasis);
  if (!byStatus) byEmphasis.set(emphasis, (byStatus = new Map()));
  const known = byStatus.get(status);
  if (known) return known;
  // A deep copy: the fonts, fills and borders come from the template's styles, which must not
  // be frozen along with ours.
  const style = deepFreeze(structuredClone(buildStyle(kind, emphasis, status)));
  byStatus.set(status, style);
  return style;
}

function buildStyle(
  kind: CellKind,
  emphasis: Emphasis,
  status: Status | undefined,
): Partial<Style> {
  const numFmt = numberFormatOf(kind);
  const fill =
    emphasis === "header"
      ? FILLS.header
      : emphasis === "total"
        ? FILLS.total
        : status
          ? STATUS_FILLS[status]
          : undefined;
  const horizontal =
    emphasis === "header" || kind === "centre" ? "center" : numFmt === undefined ? "left" : "right";
  return {
    font: kind === "code" ? CODE_FONT : emphasis === "body" ? FONT : BOLD,
    border: TABLE_BORDER,
    alignment: {
      horizontal,
      vertical: kind === "wrap" ? "top" : "middle",
      wrapText: emphasis === "header" || kind === "wrap",
    },
    ...(numFmt === undefined ? {} : { numFmt }),
    ...(fill === undefined ? {} : { fill }),
  };
}

function numberFormatOf(kind: CellKind): string | undefined {
  switch (kind) {
    case "count":
    case "money":
    case "number":
    case "score":
    case "percent":
      return RESULT_FORMATS[kind];
    default:
      return undefined;
  }
}

/** Titles, notes and the plain (unbordered) lines of the Cấu hình sheet. */
export const LINE_STYLES = deepFreeze(
  structuredClone({
    title: { font: TITLE_FONT, alignment: { horizontal: "center", vertical: "middle" } },
    heading: { font: BOLD, alignment: { vertical: "middle" } },
    note: { font: NOTE_FONT, alignment: { vertical: "top" } },
    wrappedNote: { font: NOTE_FONT, alignment: { vertical: "top", wrapText: true } },
    sentence: { font: FONT, alignment: { vertical: "top", wrapText: true } },
    code: { font: CODE_FONT },
  } satisfies Record<string, Partial<Style>>),
);

/**
 * The kind of cell an indicator's figures go in: counts whole, money to one decimal, other
 * numbers to two; a yes/no answer is a centred word.
 *
 * @example
 * figureKind({ kind: "money" }) // "money"
 */
export function figureKind(indicator: Pick<Indicator, "kind">): CellKind {
  return indicator.kind === "yesno" ? "centre" : indicator.kind;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
