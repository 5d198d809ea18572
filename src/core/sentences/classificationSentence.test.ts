import type { ClassCounts } from "../consolidation/types";
import { classificationSentence } from "./classificationSentence";

const counts = (HTXS: number, HTT: number, HT: number, KHT: number, CXL: number): ClassCounts => ({
  HTXS,
  HTT,
  HT,
  KHT,
  CXL,
});

describe("classificationSentence", () => {
  it.each<[string, ClassCounts, string]>([
    [
      "writes the seed sentence from 12/45/1/0/1",
      counts(12, 45, 1, 0, 1),
      "Kết quả xếp loại chất lượng 12 CĐCS hoàn thành xuất sắc nhiệm vụ, 45 CĐCS hoàn thành tốt nhiệm vụ, 01 CĐCS hoàn thành nhiệm vụ, 01 CĐCS không đủ thời gian phân loại.",
    ],
    [
      "names KHT and writes counts under 10 with two digits",
      counts(2, 9, 0, 3, 0),
      "Kết quả xếp loại chất lượng 02 CĐCS hoàn thành xuất sắc nhiệm vụ, 09 CĐCS hoàn thành tốt nhiệm vụ, 03 CĐCS không hoàn thành nhiệm vụ.",
    ],
    [
      "writes a single class",
      counts(0, 0, 0, 0, 4),
      "Kết quả xếp loại chất lượng 04 CĐCS không đủ thời gian phân loại.",
    ],
    [
      "groups thousands in large counts",
      counts(0, 1250, 0, 0, 0),
      "Kết quả xếp loại chất lượng 1.250 CĐCS hoàn thành tốt nhiệm vụ.",
    ],
    [
      "says so when nobody was classified",
      counts(0, 0, 0, 0, 0),
      "Chưa có CĐCS nào được xếp loại chất lượng.",
    ],
  ])("%s", (_name, input, expected) => {
    expect(classificationSentence(input)).toBe(expected);
  });

  it("writes an English rendering", () => {
    expect(classificationSentence(counts(1, 0, 0, 2, 0), "en")).toBe(
      "Classification results: 01 completed their tasks with excellence, 02 did not complete their tasks.",
    );
  });
});
