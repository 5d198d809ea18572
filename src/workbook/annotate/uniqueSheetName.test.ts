import { uniqueSheetName } from "./uniqueSheetName";

describe("uniqueSheetName", () => {
  it.each<[string, string[], string, string]>([
    ["keeps a free name", ["BaoCao", "ChamDiem"], "Kiểm tra", "Kiểm tra"],
    ["adds (2) when the name is taken", ["BaoCao", "Kiểm tra"], "Kiểm tra", "Kiểm tra (2)"],
    ["compares ignoring case, as Excel does", ["KIỂM TRA"], "Kiểm tra", "Kiểm tra (2)"],
    ["counts on past taken numbers", ["Kiểm tra", "kiểm tra (2)"], "Kiểm tra", "Kiểm tra (3)"],
    [
      "stays within Excel's 31 characters",
      ["A".repeat(31)],
      "A".repeat(31),
      `${"A".repeat(27)} (2)`,
    ],
  ])("%s", (_, existing, base, expected) => {
    expect(uniqueSheetName(existing, base)).toBe(expected);
  });
});
