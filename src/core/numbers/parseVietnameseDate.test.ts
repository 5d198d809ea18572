import type { Cell } from "../grid/cell";
import { parseVietnameseDate } from "./parseVietnameseDate";

const utc = (year: number, month: number, day: number): Date =>
  new Date(Date.UTC(year, month - 1, day));

describe("parseVietnameseDate", () => {
  it.each<[Cell | string | Date, Date]>([
    ["08/01/2021", utc(2021, 1, 8)],
    ["8/1/2021", utc(2021, 1, 8)],
    ["8/1/21", utc(2021, 1, 8)],
    ["08-01-2021", utc(2021, 1, 8)],
    ["8.1.2021", utc(2021, 1, 8)],
    ["2021-01-08", utc(2021, 1, 8)],
    ["2021/1/8", utc(2021, 1, 8)],
    ["  10/12/2024 ", utc(2024, 12, 10)],
    ["23/06/2021", utc(2021, 6, 23)],
    ["12/01/2021", utc(2021, 1, 12)],
    ["29/02/2024", utc(2024, 2, 29)],
    ["31/12/2099", utc(2099, 12, 31)],
    ["01/01/00", utc(2000, 1, 1)],
    ["15/3/29", utc(2029, 3, 15)],
    ["15/3/30", utc(1930, 3, 15)],
    ["15/3/95", utc(1995, 3, 15)],
    ["ngày 08 tháng 01 năm 2021", utc(2021, 1, 8)],
    ["Ngày 8 tháng 1 năm 2021", utc(2021, 1, 8)],
    ["8 tháng 1 năm 2021", utc(2021, 1, 8)],
    [utc(2021, 1, 8), utc(2021, 1, 8)],
    [new Date(Date.UTC(2021, 0, 8, 15, 45)), utc(2021, 1, 8)],
    [{ t: "d", v: utc(2021, 1, 8) }, utc(2021, 1, 8)],
    [{ t: "s", v: "08/01/2021" }, utc(2021, 1, 8)],
  ])("reads %j as %p", (value, expected) => {
    expect(parseVietnameseDate(value)).toEqual(expected);
  });

  it.each<[Cell | string | Date | undefined]>([
    ["31/02/2021"],
    ["29/02/2023"],
    ["31/04/2021"],
    ["00/01/2021"],
    ["08/00/2021"],
    ["08/13/2021"],
    ["12/31/2021"],
    ["2021-13-01"],
    ["2021-02-30"],
    ["08/01-2021"],
    ["08/01/202"],
    ["08/01"],
    ["2021"],
    ["08/01/1899"],
    ["08/01/2101"],
    ["Năm 2021"],
    ["ngày 31 tháng 2 năm 2021"],
    [""],
    ["hôm qua"],
    [new Date(Number.NaN)],
    [{ t: "n", v: 44204 }],
    [{ t: "e", v: "#VALUE!" }],
    [{ t: "b", v: true }],
    [{ t: "f", formula: "TODAY()" }],
    [undefined],
  ])("refuses %j", (value) => {
    expect(parseVietnameseDate(value)).toBeNull();
  });

  it("never reads month first, even where only that order makes a date", () => {
    expect(parseVietnameseDate("01/13/2021")).toBeNull();
    expect(parseVietnameseDate("02/03/2021")).toEqual(utc(2021, 3, 2));
  });
});
