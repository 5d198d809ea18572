import { SENTENCES_LAYOUT } from "./sentencesSheet";
import { writeSample } from "./testSupport";

describe("sheet Báo cáo", () => {
  it("writes the report's sentences one per row, wrapped in a wide column", async () => {
    const { workbook, result } = await writeSample();
    const sheet = workbook.getWorksheet("Báo cáo")!;
    expect(sheet.getCell("A1").value).toBe("NỘI DUNG BÁO CÁO – Năm 2024");
    expect(result.sentences).toHaveLength(5);
    result.sentences.forEach((sentence, k) => {
      const cell = sheet.getCell(SENTENCES_LAYOUT.firstSentenceRow + k, 1);
      expect(cell.value).toBe(sentence);
      expect(cell.alignment).toMatchObject({ wrapText: true });
    });
    expect(sheet.getCell("A4").value).toBe(
      "Kết quả xếp loại chất lượng 01 CĐCS hoàn thành xuất sắc nhiệm vụ, 06 CĐCS hoàn thành tốt nhiệm vụ, 01 CĐCS hoàn thành nhiệm vụ, 01 CĐCS không hoàn thành nhiệm vụ, 01 CĐCS không đủ thời gian phân loại.",
    );
    expect(sheet.getCell(SENTENCES_LAYOUT.firstSentenceRow + 5, 1).value).toBeNull();
    expect(sheet.getColumn(1).width).toBe(120);
    expect(sheet.pageSetup.orientation).toBe("landscape");
  });
});
