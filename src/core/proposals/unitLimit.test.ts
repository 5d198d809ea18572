import { unitLimit, type PerUnitLimit } from "./unitLimit";

const tenthUp: PerUnitLimit = { recipient: "individual", shareOfMembers: 0.1, rounding: "ceil" };
const tenthDown: PerUnitLimit = { ...tenthUp, rounding: "floor" };

describe("unitLimit", () => {
  it.each<[string, PerUnitLimit, number | null, number | null]>([
    ["10% of 25 members, rounded up", tenthUp, 25, 3],
    ["10% of 30 members, exactly 3 despite floating point", tenthUp, 30, 3],
    ["10% of 31 members, rounded up", tenthUp, 31, 4],
    ["10% of 1 member, rounded up to one", tenthUp, 1, 1],
    ["10% of no members", tenthUp, 0, 0],
    ["10% of 29 members, rounded down", tenthDown, 29, 2],
    ["10% of 70 members, rounded down, exactly 7", tenthDown, 70, 7],
    ["a count, whatever the members", { recipient: "collective", count: 1 }, 500, 1],
    ["a count with the members unknown", { recipient: "collective", count: 2 }, null, 2],
    ["a share with the members unknown", tenthUp, null, null],
    ["a share of a negative members figure", tenthUp, -5, null],
  ])("allows %s: %j of %j → %j", (_what, limit, members, expected) => {
    expect(unitLimit(limit, members)).toBe(expected);
  });
});
