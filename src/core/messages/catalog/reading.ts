import type { FindingCatalog, TextCatalog } from "./types";

/**
 * What reading many files at once can add to a file's findings (a check stopped because it ran
 * far too long or broke the thread it ran in), and the command line's notes about its cache.
 */
export const readingFindings = {
  "file.check-timeout": {
    severity: "error",
    message: {
      vi: "Tệp {file}: việc kiểm tra kéo dài quá {seconds} giây nên đã bị dừng; tệp không được đọc.",
      en: "File {file}: checking it took longer than {seconds} seconds and was stopped; the file is not read.",
    },
    hint: {
      vi: "Mở tệp bằng Excel, chỉ giữ các trang của mẫu báo cáo, lưu lại dạng .xlsx rồi gửi lại.",
      en: "Open the file in Excel, keep only the report form's sheets, save it as .xlsx and send it again.",
    },
  },
  "file.check-crashed": {
    severity: "error",
    message: {
      vi: "Tệp {file}: việc kiểm tra bị dừng giữa chừng ({reason}); tệp không được đọc.",
      en: "File {file}: checking it broke off ({reason}); the file is not read.",
    },
    hint: {
      vi: "Mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại; nếu vẫn lỗi, gửi tệp cho bộ phận hỗ trợ.",
      en: "Open the file in Excel, save it as .xlsx and send it again; if it still fails, send the file to support.",
    },
  },
} as const satisfies FindingCatalog;

export const readingTexts = {
  "cli.cache-reused": {
    vi: "Dùng lại kết quả kiểm tra đã lưu của {reused}/{total} tệp không đổi; đọc lại {read} tệp.",
    en: "Reused the saved check results of {reused}/{total} unchanged files; read {read} files again.",
  },
  "cli.cache-not-written": {
    vi: "Không ghi được bộ nhớ đệm {file} ({reason}); lần chạy sau sẽ đọc lại mọi tệp.",
    en: "Could not write the cache {file} ({reason}); the next run will read every file again.",
  },
} as const satisfies TextCatalog;
