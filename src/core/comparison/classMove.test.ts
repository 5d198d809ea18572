import { classMove } from "./classMove";

describe("classMove", () => {
  it.each([
    ["HTT", "HTXS", "up"],
    ["KHT", "HT", "up"],
    ["HTXS", "HT", "down"],
    ["HT", "KHT", "down"],
    ["HTT", "HTT", "same"],
    ["CXL", "HTT", null],
    ["HTT", "CXL", null],
    [null, "HTT", null],
    ["HTXS", undefined, null],
  ] as const)("from %s to %s is %s", (before, after, move) => {
    expect(classMove(before, after)).toBe(move);
  });
});
