import { defaultRules, type Award } from "../rules";
import { matchAward } from "./matchAward";

const { awards } = defaultRules;

describe("matchAward", () => {
  it.each([
    ["Giấy khen của CĐVC tỉnh", "Giấy khen của CĐVC tỉnh"],
    ["giay khen cdvc tinh", "Giấy khen của CĐVC tỉnh"],
    ["GK CĐVC", "Giấy khen của CĐVC tỉnh"],
    ["GKCĐVC", "Giấy khen của CĐVC tỉnh"],
    ["Giấy khen", "Giấy khen của CĐVC tỉnh"],
    ["BK LĐLĐ", "Bằng khen của LĐLĐ tỉnh"],
    ["bằng khen  LĐLĐ tỉnh", "Bằng khen của LĐLĐ tỉnh"],
    ["Cờ thi đua", "Cờ thi đua của LĐLĐ tỉnh"],
    ["BK TLĐ", "Bằng khen của Tổng Liên đoàn"],
    ["KỶ NIỆM CHƯƠNG", "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn"],
  ])("reads %j as %s", (text, name) => {
    expect(matchAward(text, awards)?.name).toBe(name);
  });

  it.each([
    ["an award the catalogue does not have", "Bằng khen UBND tỉnh"],
    ["a name that is only part of one", "Bằng khen"],
    ["a blank cell", "   "],
  ])("finds nothing for %s", (_what, text) => {
    expect(matchAward(text, awards)).toBeNull();
  });

  it("matches the aliases a province configured", () => {
    const configured: Award[] = [
      { ...awards[0]!, aliases: ["Giấy khen công đoàn"] },
      ...awards.slice(1),
    ];
    expect(matchAward("giấy khen công đoàn", configured)?.name).toBe("Giấy khen của CĐVC tỉnh");
    expect(matchAward("GK CĐVC", configured)).toBeNull();
  });
});
