import { isDateFormat } from "./isDateFormat";

describe("isDateFormat", () => {
  it.each<[number, boolean]>([
    [0, false],
    [1, false],
    [2, false],
    [4, false],
    [9, false],
    [10, false],
    [11, false],
    [13, false],
    [14, true],
    [15, true],
    [17, true],
    [18, true],
    [21, true],
    [22, true],
    [27, true],
    [36, true],
    [37, false],
    [44, false],
    [45, true],
    [46, false],
    [47, true],
    [49, false],
    [50, true],
    [58, true],
  ])("built-in format %i is a date: %p", (id, expected) => {
    expect(isDateFormat(id)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["dd/mm/yyyy", true],
    ["d/m/yy", true],
    ["DD/MM/YYYY", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ['"Ngày "dd" tháng "mm" năm "yyyy', true],
    ["mmm-yy", true],
    ["yyyy", true],
    ["dd/mm/yyyy hh:mm", true],
    ["h:mm AM/PM", true],
    ["hh:mm:ss", true],
    ["[h]:mm:ss", false],
    ["[mm]:ss", false],
    ["[h]:mm dd", true],
    ["General", false],
    ["general", false],
    ["@", false],
    ["0", false],
    ["0.00", false],
    ["#,##0", false],
    ["#,##0.00 [$₫-42A]", false],
    ['#,##0 "ngày"', false],
    ['#,##0 "đồng"', false],
    ["#,##0\\ \\d", false],
    ["0%", false],
    ["0.00E+00", false],
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', false],
    ["[Red][<0]#,##0;#,##0", false],
    ["#,##0;dd/mm/yyyy", false],
    ["dd/mm/yyyy;@", true],
  ])("custom format %j is a date: %p", (code, expected) => {
    expect(isDateFormat(164, code)).toBe(expected);
  });
});
