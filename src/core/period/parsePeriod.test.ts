import { parsePeriod, type Period } from "./parsePeriod";

describe("parsePeriod", () => {
  it.each<[string, Period]>([
    ["Năm 2024", { kind: "year", year: 2024 }],
    ["năm 2024", { kind: "year", year: 2024 }],
    ["NĂM 2024", { kind: "year", year: 2024 }],
    ["nam 2024", { kind: "year", year: 2024 }],
    ["  Năm   2024 ", { kind: "year", year: 2024 }],
    ["Năm: 2024", { kind: "year", year: 2024 }],
    ["Năm\u00a02024", { kind: "year", year: 2024 }],
    ["6 tháng đầu năm 2021", { kind: "first-half", year: 2021 }],
    ["6 THÁNG ĐẦU NĂM 2021", { kind: "first-half", year: 2021 }],
    ["6 thang dau nam 2021", { kind: "first-half", year: 2021 }],
    ["06 tháng đầu năm 2021", { kind: "first-half", year: 2021 }],
    ["Sáu tháng đầu năm 2021", { kind: "first-half", year: 2021 }],
    ["6 tháng đầu 2021", { kind: "first-half", year: 2021 }],
    ["6 tháng cuối năm 2021", { kind: "second-half", year: 2021 }],
    ["6 Tháng Cuối Năm 2021", { kind: "second-half", year: 2021 }],
    ["6 thang cuoi nam 2021", { kind: "second-half", year: 2021 }],
    ["Nhiệm kỳ 2023-2028", { kind: "term", from: 2023, to: 2028 }],
    ["NHIỆM KỲ 2023 - 2028", { kind: "term", from: 2023, to: 2028 }],
    ["nhiem ky 2023–2028", { kind: "term", from: 2023, to: 2028 }],
    ["Nhiệm kỳ 2023 — 2028", { kind: "term", from: 2023, to: 2028 }],
    ["Nhiệm kỳ 2023 \u2212 2028", { kind: "term", from: 2023, to: 2028 }],
  ])("reads %j", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["Năm", "a year word without a year"],
    ["2024", "a bare year"],
    ["Quý 1 năm 2024", "a quarter"],
    ["Nhiệm kỳ 2028-2023", "a term that ends before it starts"],
    ["Nhiệm kỳ 2023-2023", "a term of no length"],
    ["Nhiệm kỳ 2023", "a term without its end"],
    ["Năm 24", "a two-digit year"],
    ["Năm 1800", "a year no report is made for"],
    ["Năm 2024 và 2025", "two years"],
    ["3 tháng đầu năm 2024", "a period that is not a half year"],
    ["6 tháng giữa năm 2024", "a half that is neither first nor second"],
    ["Năm học 2023-2024", "a school year"],
    ["", "an empty text"],
  ])("refuses %j (%s)", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
