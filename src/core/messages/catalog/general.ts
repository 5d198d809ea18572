import type { FindingCatalog, TextCatalog } from "./types";

export const generalFindings = {
  "file.unreadable": {
    severity: "error",
    message: {
      vi: "Tệp {file}: không đọc được ({reason}).",
      en: "File {file}: cannot be read ({reason}).",
    },
    hint: {
      vi: "Mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.",
      en: "Open the file in Excel, save it as .xlsx and send it again.",
    },
  },
} as const satisfies FindingCatalog;

export const generalTexts = {
  "app.name": { vi: "CĐVC Thi đua", en: "CĐVC Thi đua" },
} as const satisfies TextCatalog;
