import { unitNameKey } from "./unitNameKey";

describe("unitNameKey", () => {
  it.each<[string, string, boolean]>([
    ["CĐCS  Sở Y Tế ", "cđcs sở y tế", true],
    // The same name typed with combining marks (as some keyboards do) and precomposed.
    ["Sở Y tế".normalize("NFD"), "Sở Y tế", true],
    ["Sở Y tế", "So Y te", false],
    ["CĐCS Sở Y tế", "Công đoàn Sở Y tế", false],
  ])("compares %j and %j as the same name: %s", (a, b, same) => {
    expect(unitNameKey(a) === unitNameKey(b)).toBe(same);
  });
});
