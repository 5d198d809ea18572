import { formatVietnameseDate } from "./formatVietnameseDate";

describe("formatVietnameseDate", () => {
  it.each([
    [Date.UTC(2021, 0, 8), "08/01/2021"],
    [Date.UTC(2024, 11, 31), "31/12/2024"],
    [Date.UTC(2024, 1, 29), "29/02/2024"],
    [Date.UTC(2021, 5, 23, 17, 30), "23/06/2021"],
  ])("writes %p day first as %j", (time, expected) => {
    expect(formatVietnameseDate(new Date(time))).toBe(expected);
  });

  it("refuses an invalid date", () => {
    expect(() => formatVietnameseDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
