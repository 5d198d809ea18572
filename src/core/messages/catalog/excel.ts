import type { TextCatalog } from "./types";

/**
 * Texts of the Excel adapter of the task pane (src/taskpane/excel): the notes it attaches to
 * the cells it marks, the sheet and titles of its charts, and the errors it raises for the
 * pane to show. The chart sheet is always named with the `vi` text, as the result sheets are
 * (see catalog/result.ts).
 */
export const excelTexts = {
  "excel.sheets-exist": {
    vi: "Bảng tính đã có trang {names}.",
    en: "The workbook already has the sheets {names}.",
  },
  "excel.api-unsupported": {
    vi: "Phiên bản Excel này chưa hỗ trợ thao tác này (cần ExcelApi {version}). Hãy cập nhật Office, hoặc tải tệp về rồi mở bằng Excel.",
    en: "This version of Excel does not support this action (it needs ExcelApi {version}). Update Office, or download the file and open it in Excel.",
  },
  "excel.mark.note-title": {
    vi: "CĐVC Thi đua – kết quả kiểm tra:",
    en: "CĐVC Thi đua – check results:",
  },
  "excel.chart.sheet": { vi: "Biểu đồ", en: "Charts" },
  "excel.chart.classes-title": {
    vi: "Xếp loại chất lượng theo cụm thi đua",
    en: "Classification by emulation cluster",
  },
  "excel.chart.scores-title": {
    vi: "Điểm thi đua của các CĐCS",
    en: "Emulation scores of the grassroots unions",
  },
} as const satisfies TextCatalog;
