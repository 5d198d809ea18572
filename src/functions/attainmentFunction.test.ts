import { attainmentMatrix } from "./attainmentFunction";
import type { CellResult } from "./cellResult";

const DIV0 = { cellError: "#DIV/0!" };
const value = (message: string) => ({
  cellError: "#VALUE!",
  message: expect.stringContaining(message),
});

describe("attainmentMatrix", () => {
  it.each<[string, unknown, unknown, unknown, unknown]>([
    ["rates 153 against 59 as 2.5932… (DOMAIN.md)", [[153]], [[59]], null, [[153 / 59]]],
    ["takes bare numbers too", 153, 59, undefined, [[153 / 59]]],
    [
      "reads Vietnamese number text on both sides",
      [["2.686"]],
      [["216,8"]],
      null,
      [[2686 / 216.8]],
    ],
    ["divides target by actual where less is better", [[2]], [[4]], [["lower"]], [[2]]],
    [
      "meets the target in full with an actual of 0 where less is better",
      [[0]],
      [[3]],
      [["lower"]],
      [[1]],
    ],
    ["reads a Vietnamese direction", [[8]], [[4]], [["Càng thấp càng tốt"]], [[0.5]]],
    ["uses more-is-better for an empty direction cell", [[6]], [[4]], [[""]], [[1.5]]],
    ["gives #DIV/0! for a target of 0 where more is better", [[5]], [[0]], null, [[DIV0]]],
    ["gives #DIV/0! for an empty target (no target, no rate)", [[5]], [[null]], null, [[DIV0]]],
    [
      "gives #DIV/0! for an empty target where less is better too",
      [[0]],
      [[""]],
      [["lower"]],
      [[DIV0]],
    ],
    [
      "gives 0 where less is better, the target is 0 and some were lost",
      [[3]],
      [[0]],
      [["giảm"]],
      [[0]],
    ],
    ["gives a blank for an empty actual", [[null]], [[59]], null, [[""]]],
    ["gives a blank for an actual of empty text", [[""]], [[59]], null, [[""]]],
    ["gives a blank for an empty row", [[null]], [[null]], null, [[""]]],
    ["quotes unreadable actual text", [["khoảng 20"]], [[59]], null, [[value("'khoảng 20'")]]],
    [
      "quotes unreadable target text, even with an empty actual",
      [[null]],
      [["n/a"]],
      null,
      [[value("'n/a'")]],
    ],
    ["refuses a negative actual with a message", [[-3]], [[10]], null, [[value("-3")]]],
    ["refuses a negative target with a message", [[3]], [[-10]], null, [[value("-10")]]],
    ["refuses TRUE as an actual", [[true]], [[10]], null, [[value("TRUE")]]],
    [
      "refuses an unknown direction with a message quoting it",
      [[1]],
      [[2]],
      [["sideways"]],
      [[value("'sideways'")]],
    ],
  ])("%s", (_name, actual, target, direction, expected) => {
    expect(attainmentMatrix(actual, target, direction)).toEqual(expected);
  });

  it("spills one rate per cell for ranges of one size, blanks and errors in place", () => {
    const actual = [[153], [0], [null], ["abc"], [12]];
    const target = [[59], [10], [5], [10], [0]];
    expect(attainmentMatrix(actual, target, null)).toEqual([
      [153 / 59],
      [0],
      [""],
      [value("'abc'")],
      [DIV0],
    ]);
  });

  it("keeps a 2×2 range 2×2", () => {
    expect(
      attainmentMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [2, 2],
          [2, 2],
        ],
        null,
      ),
    ).toEqual([
      [0.5, 1],
      [1.5, 2],
    ]);
  });

  it("repeats a single target over a range of actuals", () => {
    expect(attainmentMatrix([[10], [20], [30]], [[20]], null)).toEqual([[0.5], [1], [1.5]]);
  });

  it("repeats a single actual over a range of targets", () => {
    expect(attainmentMatrix([[10]], [[5, 20]], null)).toEqual([[2, 0.5]]);
  });

  it("takes one direction per row", () => {
    const result = attainmentMatrix(
      [[6], [2], [0]],
      [[3], [4], [5]],
      [["higher"], ["lower"], ["thấp"]],
    );
    expect(result).toEqual([[2], [2], [1]]);
  });

  it("gives one #VALUE! naming both sizes when the ranges differ", () => {
    const result = attainmentMatrix([[1], [2], [3]], [[1], [2]], null);
    expect(result).toEqual([[value("thực hiện (3×1)")]]);
    expect((result[0]?.[0] as { message: string }).message).toContain("kế hoạch (2×1)");
  });

  it("names the direction range when it is the one of another size", () => {
    const result = attainmentMatrix([[1], [2]], [[1], [2]], [["lower"], ["lower"], ["lower"]]);
    expect(result).toEqual([[value("chiều đánh giá (3×1)")]]);
  });

  it("writes its messages in English on request", () => {
    expect(attainmentMatrix([["abc"]], [[1]], null, "en")).toEqual([
      [value("'abc' is not a number")],
    ]);
  });

  it("never gives NaN or Infinity", () => {
    const cells: unknown[] = [0, 1, -1, 1e308, 1e-320, "", null, "0", "1,5"];
    const actual = cells.map((c) => cells.map(() => c));
    const target = cells.map(() => cells);
    for (const direction of ["higher", "lower"]) {
      const results = attainmentMatrix(actual, target, [[direction]]).flat();
      const numbers = results.filter((r: CellResult): r is number => typeof r === "number");
      expect(numbers.every(Number.isFinite)).toBe(true);
      expect(results).toHaveLength(cells.length ** 2);
    }
  });
});
