import { defaultRules, type Award } from "../rules";
import { awardsHighestFirst } from "./awardsHighestFirst";

describe("awardsHighestFirst", () => {
  it("lists the default catalogue from the Confederation's awards down to the Giấy khen", () => {
    expect(awardsHighestFirst(defaultRules.awards).map((a) => a.name)).toEqual([
      "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
      "Bằng khen của Tổng Liên đoàn",
      "Cờ thi đua của LĐLĐ tỉnh",
      "Bằng khen của LĐLĐ tỉnh",
      "Giấy khen của CĐVC tỉnh",
    ]);
  });

  it("groups by level whatever order the catalogue mixes the levels in", () => {
    const award = (name: string, level: Award["level"]): Award => ({
      name,
      level,
      recipients: "both",
      aliases: [],
      perUnitLimits: [],
    });
    const mixed = [
      award("GK", "CĐVC"),
      award("BK TLĐ", "TLĐ"),
      award("BK LĐLĐ", "LĐLĐ tỉnh"),
      award("GK đặc biệt", "CĐVC"),
    ];
    expect(awardsHighestFirst(mixed).map((a) => a.name)).toEqual([
      "BK TLĐ",
      "BK LĐLĐ",
      "GK đặc biệt",
      "GK",
    ]);
  });

  it("leaves the catalogue it was given as it was", () => {
    const awards = [...defaultRules.awards];
    awardsHighestFirst(awards);
    expect(awards).toEqual(defaultRules.awards);
  });
});
