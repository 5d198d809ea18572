import { parseVietnameseNumber, type NumberFailure } from "./parseVietnameseNumber";

type Refusal = readonly [NumberFailure, string?];

// [text, the indicator's unit, the value read]: DOMAIN.md's examples and figures from the seeds.
const reads: ReadonlyArray<readonly [string, string | undefined, number]> = [
  // DOMAIN.md, "How numbers and dates are written"
  ["2.686", undefined, 2686],
  ["22.750.000", undefined, 22750000],
  ["216,8", undefined, 216.8],
  ["10,930", undefined, 10.93],
  ["2.686,5", undefined, 2686.5],
  ["220 triệu", "triệu đồng", 220],
  ["1,6 tỷ", "triệu đồng", 1600],
  ["1,6 tỉ", "triệu đồng", 1600],
  ["50 nghìn", undefined, 50000],
  ["50 ngàn", "đồng", 50000],
  ["50 nghìn", "đồng", 50000],
  ["95%", undefined, 0.95],
  ["95%", "%", 0.95],
  ["22.750.000 đồng", "triệu đồng", 22.75],
  ["25 người", "người", 25],
  ["3 lượt", "lượt", 3],
  // seed documents
  ["2.686", "người", 2686],
  ["51,5 triệu đồng", "triệu đồng", 51.5],
  ["216,8 triệu đồng", "triệu đồng", 216.8],
  ["25 suất", "suất", 25],
  ["22.750.000 đồng", "đồng", 22750000],
  ["220 triệu đồng", "triệu đồng", 220],
  ["12 tỷ đồng", "triệu đồng", 12000],
  ["1.169 triệu đồng", "triệu đồng", 1169],
  ["3.600 lượt", "lượt", 3600],
  ["153", "người", 153],
  ["259%", "%", 2.59],
  ["02 căn", "căn", 2],
  ["01", "căn", 1],
  ["186,5 triệu đồng", "triệu đồng", 186.5],
  ["1,5 tỉ đồng", "triệu đồng", 1500],
  ["4.535 đoàn viên", "người", 4535],
  ["106 đoàn viên", "người", 106],
  ["27 đồng chí", "người", 27],
  ["100 %", "%", 1],
  ["3.092", undefined, 3092],
  ["486 sáng kiến", "sáng kiến", 486],
  ["75 nghìn sáng kiến", "sáng kiến", 75000],
  ["715 lượt", "lượt", 715],
  ["10,930 tỷ đồng", "triệu đồng", 10930],
  ["10,930 tỷ", "tỷ đồng", 10.93],
  ["35 hoạt động", "hoạt động", 35],
  // forms and spacing
  ["0", "người", 0],
  ["-0", undefined, 0],
  ["-5", "người", -5],
  ["- 5", "người", -5],
  ["−5", undefined, -5],
  ["+12", undefined, 12],
  ["  42  ", "người", 42],
  ["\u00a042\u00a0", "người", 42],
  ["42\u00a0người", "người", 42],
  ["1.000.000đ", "đồng", 1000000],
  ["22.750.000 VNĐ", "triệu đồng", 22.75],
  ["500 nghìn đồng", "triệu đồng", 0.5],
  ["1.234 đồng", "triệu đồng", 0.001234],
  ["3 tỷ", undefined, 3000000000],
  ["220 triệu", "tr.đ", 220],
  ["0,5", undefined, 0.5],
  ["007", undefined, 7],
  ["1.234.567,89", undefined, 1234567.89],
  ["12,5%", undefined, 0.125],
  ["0,1", undefined, 0.1],
  ["5 mô hình", "mô hình", 5],
  ["25 NGƯỜI", "Người", 25],
  ["25 nguoi", "người", 25],
  ["25 người", undefined, 25],
  ["220 triệu", "triệu", 220],
  ["0,3 tỷ đồng", "triệu đồng", 300],
];

const refusals: ReadonlyArray<readonly [string, string | undefined, Refusal]> = [
  ["1.5", undefined, ["number.ambiguous", "single-dot"]],
  ["1.50", undefined, ["number.ambiguous", "single-dot"]],
  ["1.5000", undefined, ["number.ambiguous", "single-dot"]],
  ["0.500", undefined, ["number.ambiguous", "single-dot"]],
  ["1234.567", undefined, ["number.ambiguous", "single-dot"]],
  ["3852.773", undefined, ["number.ambiguous", "single-dot"]],
  ["20.", undefined, ["number.ambiguous", "single-dot"]],
  ["1,234.5", undefined, ["number.ambiguous", "mixed-order"]],
  ["1,234,567", undefined, ["number.ambiguous", "several-commas"]],
  ["1.23.456", undefined, ["number.ambiguous", "bad-grouping"]],
  ["1.234.5", undefined, ["number.ambiguous", "bad-grouping"]],
  ["2.68,5", undefined, ["number.ambiguous", "bad-grouping"]],
  ["1..000", undefined, ["number.ambiguous", "bad-grouping"]],
  ["5,", undefined, ["number.ambiguous", "bad-grouping"]],
  ["22 750 000", undefined, ["number.ambiguous", "space-grouping"]],
  ["1.5 tỷ", "triệu đồng", ["number.ambiguous", "single-dot"]],
  ["khoảng 20", undefined, ["number.not-a-number"]],
  ["20 người?", "người", ["number.not-a-number"]],
  ["hai mươi", undefined, ["number.not-a-number"]],
  ["", undefined, ["number.not-a-number"]],
  ["   ", undefined, ["number.not-a-number"]],
  ["trên 51,5 triệu đồng", "triệu đồng", ["number.not-a-number"]],
  ["gần 12 tỷ đồng", "triệu đồng", ["number.not-a-number"]],
  ["25/25", undefined, ["number.not-a-number"]],
  ["153/59", "người", ["number.not-a-number"]],
  ["1e5", undefined, ["number.not-a-number"]],
  ["(5)", undefined, ["number.not-a-number"]],
  ["--5", undefined, ["number.not-a-number"]],
  ["-", undefined, ["number.not-a-number"]],
  [",5", undefined, ["number.not-a-number"]],
  ["20 abc", undefined, ["number.not-a-number"]],
  ["2020-2025", undefined, ["number.not-a-number"]],
  ["5 tỷ", "người", ["number.unit-mismatch", "tỷ"]],
  ["30%", "người", ["number.unit-mismatch", "%"]],
  ["25 lượt", "người", ["number.unit-mismatch", "lượt"]],
  ["25 người", "triệu đồng", ["number.unit-mismatch", "người"]],
  ["95%", "triệu đồng", ["number.unit-mismatch", "%"]],
  ["22.750.000 đồng", "%", ["number.unit-mismatch", "đồng"]],
  ["50 nghìn", "lượt", ["number.unit-mismatch", "nghìn"]],
  ["2 đ", "suất", ["number.unit-mismatch", "đ"]],
];

describe("parseVietnameseNumber", () => {
  it.each(reads)("reads %j in a %j row as %p", (text, unit, expected) => {
    const reading = parseVietnameseNumber(text, { unit });
    expect(reading).toEqual({ ok: true, value: expected, fromText: true, text: text.trim() });
  });

  it.each(refusals)("refuses %j in a %j row: %j", (text, unit, [code, detail]) => {
    const reading = parseVietnameseNumber(text, { unit });
    expect(reading).toEqual({
      ok: false,
      code,
      text: text.trim(),
      ...(detail === undefined ? {} : { detail }),
    });
  });

  it("reads decimals as the same double as the literal, not a scaled approximation", () => {
    const cases: ReadonlyArray<readonly [string, string | undefined, number]> = [
      ["216,8", undefined, 216.8],
      ["0,1 triệu đồng", "triệu đồng", 0.1],
      ["1,1 tỷ", "triệu đồng", 1100],
      ["0,7 tỷ", "triệu đồng", 700],
      ["19,99%", "%", 0.1999],
      ["22.750.000 đồng", "triệu đồng", 22.75],
    ];
    for (const [text, unit, literal] of cases) {
      const reading = parseVietnameseNumber(text, { unit });
      expect(reading.ok && Object.is(reading.value, literal)).toBe(true);
    }
  });

  it("gives no negative zero", () => {
    const reading = parseVietnameseNumber("-0,0");
    expect(reading.ok && Object.is(reading.value, 0)).toBe(true);
  });

  it("refuses a number too large to hold as not-a-number, never Infinity", () => {
    expect(parseVietnameseNumber("9".repeat(400))).toMatchObject({
      ok: false,
      code: "number.not-a-number",
    });
  });
});
