import { foundedTooRecently } from "./foundedTooRecently";

const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));

describe("foundedTooRecently", () => {
  it.each<[string, Date, Date, number, boolean]>([
    [
      "a unit founded 01/09/2024 is too recent for 2024",
      day(1, 9, 2024),
      day(31, 12, 2024),
      6,
      true,
    ],
    ["01/07/2024 has six whole months by 31/12/2024", day(1, 7, 2024), day(31, 12, 2024), 6, false],
    ["02/07/2024 is a day short of six months", day(2, 7, 2024), day(31, 12, 2024), 6, true],
    ["30/06/2024 is more than six months", day(30, 6, 2024), day(31, 12, 2024), 6, false],
    ["a unit founded years ago is classified", day(15, 3, 2010), day(31, 12, 2024), 6, false],
    [
      "a unit founded after the period ended is too recent",
      day(5, 1, 2025),
      day(31, 12, 2024),
      6,
      true,
    ],
    [
      "a unit founded on the period's last day is too recent",
      day(31, 12, 2024),
      day(31, 12, 2024),
      6,
      true,
    ],
    [
      "01/01/2021 has six months by 30/06/2021 (first half)",
      day(1, 1, 2021),
      day(30, 6, 2021),
      6,
      false,
    ],
    ["02/01/2021 has not by 30/06/2021", day(2, 1, 2021), day(30, 6, 2021), 6, true],
    [
      "31/08 + 6 months is the end of February: 31/08/2023 by 29/02/2024",
      day(31, 8, 2023),
      day(29, 2, 2024),
      6,
      false,
    ],
    [
      "31/08/2023 + 6 months is not reached by 27/02/2024",
      day(31, 8, 2023),
      day(27, 2, 2024),
      6,
      true,
    ],
    [
      "0 months: only a unit founded after the end is too recent",
      day(31, 12, 2024),
      day(31, 12, 2024),
      0,
      false,
    ],
    [
      "12 months across a year: 01/01/2024 by 31/12/2024",
      day(1, 1, 2024),
      day(31, 12, 2024),
      12,
      false,
    ],
  ])("%s", (_name, founded, end, months, expected) => {
    expect(foundedTooRecently(founded, end, months)).toBe(expected);
  });

  it("ignores the time of day of a date that is not at UTC midnight", () => {
    const founded = new Date(Date.UTC(2024, 6, 1, 23, 59));
    expect(foundedTooRecently(founded, day(31, 12, 2024), 6)).toBe(false);
  });

  it("refuses an invalid date", () => {
    expect(() => foundedTooRecently(new Date(Number.NaN), day(31, 12, 2024), 6)).toThrow(
      RangeError,
    );
  });
});
