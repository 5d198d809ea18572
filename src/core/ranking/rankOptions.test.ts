import { DEFAULT_RANK_EPSILON, resolveEpsilon } from "./rankOptions";

describe("resolveEpsilon", () => {
  it.each([
    ["uses a billionth when no options are given", undefined, DEFAULT_RANK_EPSILON],
    ["uses a billionth when the epsilon is left out", {}, 1e-9],
    ["keeps an epsilon of 0 (exact comparison)", { epsilon: 0 }, 0],
    ["keeps a wider epsilon", { epsilon: 0.005 }, 0.005],
  ])("%s", (_name, options, expected) => {
    expect(resolveEpsilon(options)).toBe(expected);
  });

  it.each([[-1e-9], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "rejects the epsilon %p as a programming error",
    (epsilon) => {
      expect(() => resolveEpsilon({ epsilon })).toThrow(RangeError);
    },
  );
});
