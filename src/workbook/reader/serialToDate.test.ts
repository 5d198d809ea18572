import { serialToDate } from "./serialToDate";

describe("serialToDate", () => {
  it.each<[number, boolean, string | null]>([
    [44204, false, "2021-01-08T00:00:00.000Z"],
    [45658, false, "2025-01-01T00:00:00.000Z"],
    [1, false, "1900-01-01T00:00:00.000Z"],
    [59, false, "1900-02-28T00:00:00.000Z"],
    [60, false, "1900-03-01T00:00:00.000Z"],
    [61, false, "1900-03-01T00:00:00.000Z"],
    [0, false, "1899-12-31T00:00:00.000Z"],
    [44204.5, false, "2021-01-08T12:00:00.000Z"],
    [44204.75, false, "2021-01-08T18:00:00.000Z"],
    [2958465, false, "9999-12-31T00:00:00.000Z"],
    [42742, true, "2021-01-08T00:00:00.000Z"],
    [0, true, "1904-01-01T00:00:00.000Z"],
    [1, true, "1904-01-02T00:00:00.000Z"],
    [2957003, true, "9999-12-31T00:00:00.000Z"],
    [-1, false, null],
    [2958466, false, null],
    [2957004, true, null],
    [Number.NaN, false, null],
    [Number.POSITIVE_INFINITY, true, null],
  ])("reads serial %d (1904 system: %p) as %s", (serial, date1904, expected) => {
    expect(serialToDate(serial, date1904)?.toISOString() ?? null).toBe(expected);
  });
});
