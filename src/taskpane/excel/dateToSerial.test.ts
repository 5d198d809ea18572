import { serialToDate } from "../../workbook/reader/serialToDate";
import { dateToSerial } from "./dateToSerial";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("dateToSerial", () => {
  it.each([
    [day(2021, 1, 8), 44204],
    [day(2024, 12, 31), 45657],
    [day(1900, 1, 1), 1],
    [day(1900, 2, 28), 59],
    [day(1900, 3, 1), 61],
    [new Date(Date.UTC(2021, 0, 8, 12)), 44204.5],
  ])("gives %s the serial %d", (date, serial) => {
    expect(dateToSerial(date)).toBe(serial);
  });

  it.each([1, 59, 61, 44204, 45657.25])("undoes serialToDate for serial %d", (serial) => {
    expect(dateToSerial(serialToDate(serial, false)!)).toBeCloseTo(serial, 9);
  });
});
