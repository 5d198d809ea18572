import { awardKey } from "./awardKey";

describe("awardKey", () => {
  it.each([
    ["Giấy khen của CĐVC tỉnh", "giaykhencuacdvctinh"],
    ["GIAY KHEN CUA CDVC TINH", "giaykhencuacdvctinh"],
    ["  giấy   khen của  cđvc tỉnh ", "giaykhencuacdvctinh"],
    ["GK CĐVC", "gkcdvc"],
    ["GKCĐVC", "gkcdvc"],
    ["BK LĐLĐ:", "bkldld"],
    ["Bằng khen\u00a0TLĐ", "bangkhentld"],
  ])("folds %j to %j", (name, key) => {
    expect(awardKey(name)).toBe(key);
  });

  it("keeps names apart that differ in a letter", () => {
    expect(awardKey("Bằng khen TLĐ")).not.toBe(awardKey("Bằng khen LĐLĐ"));
  });
});
