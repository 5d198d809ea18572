import { nameKey } from "./nameKey";

describe("nameKey", () => {
  it.each([
    ["Nguyễn Thị Lan", "nguyễn thị lan"],
    ["  NGUYỄN   THỊ LAN ", "nguyễn thị lan"],
    ["Nguyễn\u00a0Thị Lan", "nguyễn thị lan"],
    // "ễ" typed as e + circumflex + tilde combining marks, as some keyboards do.
    ["Nguye\u0302\u0303n Thị Lan", "nguyễn thị lan"],
  ])("reads %j as %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("keeps names that differ in a diacritic apart", () => {
    expect(nameKey("Nguyễn Văn Hùng")).not.toBe(nameKey("Nguyễn Văn Hưng"));
  });
});
