import { tabAfterKey } from "./tabKeys";

describe("tabAfterKey", () => {
  it.each([
    ["ArrowRight", 0, 4, 1],
    ["ArrowDown", 1, 4, 2],
    ["ArrowRight", 3, 4, 0],
    ["ArrowLeft", 2, 4, 1],
    ["ArrowUp", 1, 4, 0],
    ["ArrowLeft", 0, 4, 3],
    ["Home", 2, 4, 0],
    ["End", 1, 4, 3],
  ])("moves %s from tab %i of %i to tab %i", (key, current, count, expected) => {
    expect(tabAfterKey(key, current, count)).toBe(expected);
  });

  it.each(["Enter", " ", "Tab", "a", "PageDown"])("leaves %p to the browser", (key) => {
    expect(tabAfterKey(key, 1, 4)).toBeNull();
  });

  it("moves nowhere in an empty tab list", () => {
    expect(tabAfterKey("ArrowRight", 0, 0)).toBeNull();
  });
});
