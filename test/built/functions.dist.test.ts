// The custom functions as Excel's shared runtime meets them: the built page's scripts are run
// with fake Office globals (pageRuntime.ts), the functions are found through what they passed
// to CustomFunctions.associate, and they are called as Excel calls them, following
// dist/functions.json: a range as a 2-D array (a single cell as [[value]] when the parameter
// takes a range), an omitted optional argument as null.
import { readDistText } from "./distFiles";
import { FakeCustomFunctionsError } from "../../src/functions/fakeCustomFunctions";
import { loadPage, type LoadedPage } from "./pageRuntime";

interface ParameterMetadata {
  readonly name: string;
  readonly type?: string;
  readonly dimensionality?: "scalar" | "matrix";
  readonly optional?: boolean;
}

interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result?: { readonly dimensionality?: "scalar" | "matrix" };
}

let page: LoadedPage;
let metadata: readonly FunctionMetadata[];

beforeAll(async () => {
  metadata = (JSON.parse(readDistText("functions.json")) as { functions: FunctionMetadata[] })
    .functions;
  page = await loadPage({ office: "excel", displayLanguage: "vi-VN" });
});

/** A result as plain data: numbers and texts as they are, an error value as { error, message }. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof FakeCustomFunctionsError) {
    return value.message === undefined
      ? { error: value.code }
      : { error: value.code, message: value.message };
  }
  return value;
}

/** Calls a function by its id the way Excel would, with `given` as the first arguments. */
function call(id: string, ...given: unknown[]): unknown {
  const meta = metadata.find((f) => f.id === id);
  const fn = page.associated.get(id);
  if (!meta || !fn) throw new Error(`${id} is not declared in functions.json or not associated`);
  if (given.length > meta.parameters.length)
    throw new Error(`${id} takes ${meta.parameters.length} arguments`);
  const args = meta.parameters.map((parameter, index) => {
    if (index >= given.length) {
      if (!parameter.optional) throw new Error(`${id}: argument ${parameter.name} is required`);
      return null;
    }
    const value = given[index];
    if (parameter.dimensionality === "matrix")
      return page.inPage(Array.isArray(value) ? value : [[value]]);
    if (Array.isArray(value))
      throw new Error(`${id}: ${parameter.name} takes one cell, not a range`);
    return page.inPage(value);
  });
  return plain(fn(...args));
}

/** The value of a formula in one cell: a 1×1 spill is that cell. */
function cell(id: string, ...given: unknown[]): unknown {
  const result = call(id, ...given);
  if (!Array.isArray(result)) return result;
  expect([result.length, (result[0] as unknown[]).length]).toEqual([1, 1]);
  return (result[0] as unknown[])[0];
}

const close = (value: number) => expect.closeTo(value, 4);
const error = (code: string) => ({ error: code });
const errorWithMessage = (code: string, ...parts: string[]) => ({
  error: code,
  message: expect.stringMatching(
    new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")),
  ),
});

describe("the built functions in Excel's shared runtime", () => {
  it("runs every script of the page without an error", () => {
    expect(page.scriptErrors).toEqual([]);
  });

  it("associates every function of functions.json under its id, and nothing else", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual(
      expect.arrayContaining(["ATTAINMENT", "RANK_CDCS"]),
    );
    for (const f of metadata)
      expect([f.id, typeof page.associated.get(f.id)]).toEqual([f.id, "function"]);
    expect([...page.associated.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  it("declares ATTAINMENT(actual, target, [direction]) and RANK_CDCS(score, scores, [cluster], [clusters])", () => {
    const optional = (id: string) =>
      metadata.find((f) => f.id === id)?.parameters.map((p) => Boolean(p.optional));
    expect(optional("ATTAINMENT")).toEqual([false, false, true]);
    expect(optional("RANK_CDCS")).toEqual([false, false, true, true]);
    const scores = metadata.find((f) => f.id === "RANK_CDCS")?.parameters[1];
    expect(scores?.dimensionality).toBe("matrix");
  });
});

describe("CDVC.ATTAINMENT, built", () => {
  it.each<[string, unknown[], unknown]>([
    ["divides actual by target (153 of 59 is 2.5932, 259%)", [153, 59], close(2.5932)],
    ["reads Vietnamese thousands in text", ["2.686", "1.000"], close(2.686)],
    ["reads a Vietnamese decimal comma in text", ["216,8", 100], close(2.168)],
    ["reads several thousands groups", ["22.750.000", 20000000], close(1.1375)],
    ["gives 0 for nothing done", [0, 12], 0],
    ["divides target by actual where less is better", [2, 4, "lower"], 2],
    ["falls below 1 where less is better and more was lost", [8, 4, "lower"], 0.5],
    ["meets the target in full with an actual of 0 where less is better", [0, 3, "lower"], 1],
    ["takes the direction in Vietnamese", [2, 4, "càng thấp càng tốt"], 2],
    ["gives #DIV/0! for a target of 0 where more is better", [5, 0], error("#DIV/0!")],
    ["gives #DIV/0! for a blank target cell (empty text)", [5, ""], error("#DIV/0!")],
    ["gives #DIV/0! for a blank target cell (null)", [5, null], error("#DIV/0!")],
    ["leaves the cell blank when the actual is blank", ["", 10], ""],
    [
      "gives #VALUE! quoting text that is not a number",
      ["khoảng 20", 10],
      errorWithMessage("#VALUE!", "khoảng 20"),
    ],
    [
      "gives #VALUE! quoting an unknown direction",
      [5, 10, "sideways"],
      errorWithMessage("#VALUE!", "sideways"),
    ],
  ])("%s", (_behaviour, args, expected) => {
    expect(cell("ATTAINMENT", ...args)).toEqual(expected);
  });

  it("spills one rate per row of a range, with blanks and errors in their cells", () => {
    const actual = [[153], [0], ["216,8"], [""], ["abc"], [7]];
    const target = [[59], [12], [100], [10], [10], [0]];
    expect(call("ATTAINMENT", actual, target)).toEqual([
      [close(2.5932)],
      [0],
      [close(2.168)],
      [""],
      [errorWithMessage("#VALUE!", "abc")],
      [error("#DIV/0!")],
    ]);
  });

  it("repeats a single target over a range of actuals and reads a direction per row", () => {
    expect(call("ATTAINMENT", [[1], [2]], 4)).toEqual([[0.25], [0.5]]);
    expect(call("ATTAINMENT", [[2], [2]], [[4], [4]], [["higher"], ["lower"]])).toEqual([
      [0.5],
      [2],
    ]);
  });

  it("gives one #VALUE! that names both sizes when the ranges do not match", () => {
    expect(call("ATTAINMENT", [[1], [2]], [[1], [2], [3]])).toEqual([
      [errorWithMessage("#VALUE!", "2×1", "3×1")],
    ]);
  });
});

describe("CDVC.RANK_CDCS, built", () => {
  const scores = [[90], [80], [80], [70]];

  it.each<[number, number]>([
    [90, 1],
    [80, 2],
    [70, 4],
  ])(
    "ranks %p as %p among 90, 80, 80, 70 (ties share, the next rank is skipped)",
    (score, rank) => {
      expect(cell("RANK_CDCS", score, scores)).toBe(rank);
    },
  );

  it("spills the ranks of a whole column: 1, 2, 2, 4", () => {
    expect(call("RANK_CDCS", scores, scores)).toEqual([[1], [2], [2], [4]]);
  });

  it("ranks a row range too", () => {
    expect(call("RANK_CDCS", [[70, 90]], [[90, 80, 80, 70]])).toEqual([[4, 1]]);
  });

  it("leaves blanks and text out of the scores, as RANK.EQ does", () => {
    expect(cell("RANK_CDCS", 80, [[90], [""], [null], ["khoảng 95"], [80]])).toBe(2);
  });

  it("gives #N/A naming a score that is not among the scores", () => {
    expect(cell("RANK_CDCS", 85, scores)).toEqual(errorWithMessage("#N/A", "85"));
  });

  it("leaves the cell blank for a blank score", () => {
    expect(cell("RANK_CDCS", "", scores)).toBe("");
  });

  describe("within emulation clusters", () => {
    const clusterScores = [[90], [85], [80], [70], [80]];
    const clusters = [["Cụm 1"], ["Cụm 2"], ["Cụm 1"], ["Cụm 2"], ["Cụm 1"]];

    it.each<[number, string, number]>([
      [90, "Cụm 1", 1],
      [80, "Cụm 1", 2],
      [85, "Cụm 2", 1],
      [70, "Cụm 2", 2],
      [70, "cum 2", 2],
    ])("ranks %p in %p as %p", (score, cluster, rank) => {
      expect(cell("RANK_CDCS", score, clusterScores, cluster, clusters)).toBe(rank);
    });

    it("spills cluster ranks for every unit, ties included", () => {
      expect(call("RANK_CDCS", clusterScores, clusterScores, clusters, clusters)).toEqual([
        [1],
        [1],
        [2],
        [2],
        [2],
      ]);
    });

    it("gives #N/A for a score that is only in another cluster", () => {
      expect(cell("RANK_CDCS", 85, clusterScores, "Cụm 1", clusters)).toEqual(
        errorWithMessage("#N/A", "85", "Cụm 1"),
      );
    });

    it("gives #VALUE! when the list's clusters are not the size of the scores", () => {
      expect(cell("RANK_CDCS", 90, clusterScores, "Cụm 1", [["Cụm 1"], ["Cụm 2"]])).toEqual(
        errorWithMessage("#VALUE!", "5×1", "2×1"),
      );
    });
  });
});
