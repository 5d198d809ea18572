import type { ExpectedUnit } from "./expectedUnit";
import { listedFounded } from "./listedFounded";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const list: ExpectedUnit[] = [
  { code: "CD01", name: "A", membership: "direct", founded: "01/10/2024" },
  { code: "CD02", name: "B", membership: "direct" },
];

describe("listedFounded", () => {
  it.each<
    [
      string,
      { code: string; founded: Date | null },
      readonly ExpectedUnit[] | undefined,
      Date | null,
    ]
  >([
    [
      "the list's date over the workbook's",
      { code: "cd01", founded: day(2000, 1, 1) },
      list,
      day(2024, 10, 1),
    ],
    [
      "the list's date when the workbook has none",
      { code: "CD01", founded: null },
      list,
      day(2024, 10, 1),
    ],
    [
      "the workbook's date when the list gives none",
      { code: "CD02", founded: day(2001, 2, 3) },
      list,
      day(2001, 2, 3),
    ],
    [
      "the workbook's date for a unit not on the list",
      { code: "CD09", founded: day(2002, 3, 4) },
      list,
      day(2002, 3, 4),
    ],
    [
      "the workbook's date without a list",
      { code: "CD01", founded: day(2003, 4, 5) },
      [],
      day(2003, 4, 5),
    ],
    ["nothing when neither gives one", { code: "CD02", founded: null }, undefined, null],
  ])("takes %s", (_name, unit, units, expected) => {
    expect(listedFounded(unit, units)).toEqual(expected);
  });
});
