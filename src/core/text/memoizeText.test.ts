import { memoizeText } from "./memoizeText";

describe("memoizeText", () => {
  it("computes each distinct text once and answers the same", () => {
    const seen: string[] = [];
    const upper = memoizeText((s) => (seen.push(s), s.toUpperCase()));
    expect([upper("mã"), upper("số"), upper("mã")]).toEqual(["MÃ", "SỐ", "MÃ"]);
    expect(seen).toEqual(["mã", "số"]);
  });

  it("starts over past its bound, so distinct texts never grow it without end", () => {
    const seen: string[] = [];
    const same = memoizeText((s) => (seen.push(s), s), 2);
    ["a", "b", "c", "a"].forEach((s) => same(s));
    // "c" found the cache full (a, b) and cleared it, so "a" is computed again.
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });

  it("remembers an empty result too", () => {
    let calls = 0;
    const blank = memoizeText(() => (calls++, ""));
    blank("x");
    blank("x");
    expect(calls).toBe(1);
  });
});
