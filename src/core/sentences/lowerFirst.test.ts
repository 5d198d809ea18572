import { lowerFirst } from "./lowerFirst";

describe("lowerFirst", () => {
  it.each<[string, string, string]>([
    ["lowers the first letter of a label", "Tổ chức Hội nghị CBCCVC", "tổ chức Hội nghị CBCCVC"],
    [
      "lowers a first letter with diacritics",
      'Đạt chuẩn "Cơ quan văn hóa"',
      'đạt chuẩn "Cơ quan văn hóa"',
    ],
    ["keeps an abbreviation in capitals", "CBCCVC được tập huấn", "CBCCVC được tập huấn"],
    ["keeps a one-letter capital word followed by a capital", "VHVN-TDTT", "VHVN-TDTT"],
    ["trims spaces", "  Số lớp ", "số lớp"],
    ["leaves an empty label empty", "", ""],
  ])("%s", (_name, label, expected) => {
    expect(lowerFirst(label)).toBe(expected);
  });
});
