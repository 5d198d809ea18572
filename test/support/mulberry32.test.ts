import { mulberry32, randomInt } from "./mulberry32";

describe("mulberry32", () => {
  it("gives the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
  });

  it("gives another sequence for another seed", () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it("stays within [0, 1) and spreads over it", () => {
    const random = mulberry32(7);
    const draws = Array.from({ length: 2000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.filter((x) => x < 0.5).length).toBeGreaterThan(900);
    expect(draws.filter((x) => x < 0.5).length).toBeLessThan(1100);
  });

  it("draws whole numbers within both bounds", () => {
    const random = mulberry32(3);
    const seen = new Set(Array.from({ length: 500 }, () => randomInt(random, 2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});
