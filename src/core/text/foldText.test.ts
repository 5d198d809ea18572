import { foldText } from "./foldText";

describe("foldText", () => {
  it.each([
    ["Đoàn viên nữ", "doan vien nu"],
    ["ĐOÀN VIÊN NỮ", "doan vien nu"],
    ["  Tổng   số  ", "tong so"],
    ["Hội\u00a0nghị\u202fCBCCVC", "hoi nghi cbccvc"],
    ["Sáng\u200bkiến", "sang kien"],
    ["Ðạt", "dat"],
    ["ươ ằ ẫ ỷ ợ", "uo a a y o"],
    ["Mã số:", "ma so:"],
    ["triệu đồng", "trieu dong"],
    ["ABC  def", "abc def"],
    ["", ""],
  ])("folds %j to %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it("folds text written with decomposed (NFD) marks like precomposed text", () => {
    expect(foldText("Mã số".normalize("NFD"))).toBe("ma so");
  });

  it("gives the same answer the second time (from its cache)", () => {
    expect(foldText("Kỳ báo cáo")).toBe("ky bao cao");
    expect(foldText("Kỳ báo cáo")).toBe("ky bao cao");
  });
});
