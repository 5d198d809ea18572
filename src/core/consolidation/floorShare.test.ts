import { floorShare } from "./floorShare";

describe("floorShare", () => {
  it.each<[string, number, number, number]>([
    ["takes 20% of 15 as 3", 0.2, 15, 3],
    ["rounds 20% of 16 (3.2) down to 3", 0.2, 16, 3],
    ["rounds 20% of 4 (0.8) down to 0", 0.2, 4, 0],
    ["takes 29% of 100 as 29 despite 28.999999999999996", 0.29, 100, 29],
    ["takes 30% of 57 (17.1) as 17", 0.3, 57, 17],
    ["takes a share of nothing as 0", 0.3, 0, 0],
    ["takes all of 7 as 7", 1, 7, 7],
  ])("%s", (_name, share, count, expected) => {
    expect(floorShare(share, count)).toBe(expected);
  });

  it("refuses a share that is not a number", () => {
    expect(() => floorShare(Number.NaN, 3)).toThrow(RangeError);
  });
});
