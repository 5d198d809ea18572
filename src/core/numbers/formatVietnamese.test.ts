import { formatCount2, formatPercent, formatVietnameseNumber } from "./formatVietnamese";

describe("formatVietnameseNumber", () => {
  it.each([
    [4535, undefined, "4.535"],
    [2686, undefined, "2.686"],
    [22750000, undefined, "22.750.000"],
    [216.8, undefined, "216,8"],
    [22.75, undefined, "22,75"],
    [10.93, undefined, "10,93"],
    [1600, undefined, "1.600"],
    [999, undefined, "999"],
    [1000, undefined, "1.000"],
    [0, undefined, "0"],
    [-0, undefined, "0"],
    [-1234.5, undefined, "-1.234,5"],
    [1.005, undefined, "1,01"],
    [2.5932, undefined, "2,59"],
    [0.1 + 0.2, undefined, "0,3"],
    [-0.001, undefined, "0"],
    [85.5, { minDecimals: 2 }, "85,50"],
    [85, { minDecimals: 2 }, "85,00"],
    [0.001234, { maxDecimals: 6 }, "0,001234"],
    [1234567.891, { maxDecimals: 0 }, "1.234.568"],
    [2.5, { maxDecimals: 0 }, "3"],
    [1e21, undefined, "1.000.000.000.000.000.000.000"],
  ])("writes %p (%j) as %j", (value, options, expected) => {
    expect(formatVietnameseNumber(value, options)).toBe(expected);
  });

  it.each([[Number.NaN], [Infinity], [-Infinity]])("refuses to write %p", (value) => {
    expect(() => formatVietnameseNumber(value)).toThrow(RangeError);
  });

  it("refuses an impossible number of decimals", () => {
    expect(() => formatVietnameseNumber(1, { maxDecimals: -1 })).toThrow(RangeError);
    expect(() => formatVietnameseNumber(1, { maxDecimals: 1.5 })).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it.each([
    [153 / 59, undefined, "259%"],
    [73 / 59, undefined, "124%"],
    [505 / 311, undefined, "162%"],
    [2.5932, undefined, "259%"],
    [0.95, undefined, "95%"],
    [0.955, undefined, "96%"],
    [0.005, undefined, "1%"],
    [0.004, undefined, "0%"],
    [1, undefined, "100%"],
    [0, undefined, "0%"],
    [12.5, undefined, "1.250%"],
    [-0.125, undefined, "-13%"],
    [0.9551, { maxDecimals: 1 }, "95,5%"],
  ])("writes the ratio %p (%j) as %j", (ratio, options, expected) => {
    expect(formatPercent(ratio, options)).toBe(expected);
  });

  it("refuses a rate that does not exist", () => {
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
    expect(() => formatPercent(Infinity)).toThrow(RangeError);
  });
});

describe("formatCount2", () => {
  it.each([
    [0, "00"],
    [1, "01"],
    [9, "09"],
    [10, "10"],
    [12, "12"],
    [45, "45"],
    [123, "123"],
    [1250, "1.250"],
    [-3, "-03"],
  ])("writes %i as %j", (n, expected) => {
    expect(formatCount2(n)).toBe(expected);
  });

  it.each([[1.5], [Number.NaN], [Infinity]])("refuses %p, which is not a count", (n) => {
    expect(() => formatCount2(n)).toThrow(RangeError);
  });
});
