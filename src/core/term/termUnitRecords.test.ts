import { unit, year } from "../comparison/testing/periods";
import { termUnitRecords } from "./termUnitRecords";

describe("termUnitRecords", () => {
  const records = termUnitRecords([
    year(2021, [
      unit("CD01", 95, 1, "HTXS"),
      unit("CD02", 80, 2, "HTT"),
      unit("CD09", 60, 3, "HT"),
    ]),
    year(2022, [unit("CD02", 93, 1, "HTXS"), unit("CD01", 91, 2, "HTXS")]),
    year(2023, [
      unit("CD01", 85, 2, "HTT"),
      unit("CD02", 96, 1, "HTXS"),
      unit("CD03", 70, 3, "CXL"),
    ]),
  ]);

  it("orders the last year's units by their rank, then the units gone before it", () => {
    expect(records.map((r) => r.code)).toEqual(["CD02", "CD01", "CD03", "CD09"]);
  });

  it("gives each unit's standing year by year, null where it was absent", () => {
    const cd03 = records.find((r) => r.code === "CD03")!;
    expect(cd03.years.map((y) => y?.classification ?? null)).toEqual([null, null, "CXL"]);
    expect(records.find((r) => r.code === "CD01")!.years.map((y) => y?.score)).toEqual([
      95, 91, 85,
    ]);
  });

  it.each([
    ["CD01", { HTXS: 2, HTT: 1, HT: 0, KHT: 0, CXL: 0 }, 3],
    ["CD02", { HTXS: 2, HTT: 1, HT: 0, KHT: 0, CXL: 0 }, 3],
    ["CD09", { HTXS: 0, HTT: 0, HT: 1, KHT: 0, CXL: 0 }, 1],
  ])("counts the years %s held each class", (code, counts, consolidated) => {
    const record = records.find((r) => r.code === code)!;
    expect(record.counts).toEqual(counts);
    expect(record.consolidated).toBe(consolidated);
  });
});
