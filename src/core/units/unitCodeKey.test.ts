import { unitCodeKey } from "./unitCodeKey";

describe("unitCodeKey", () => {
  it.each([
    [" cd001 ", "CD001"],
    ["CD001", "CD001"],
    ["cđ01", "CĐ01"],
  ])("matches %j as %j", (code, key) => {
    expect(unitCodeKey(code)).toBe(key);
  });
});
