import type { FindingCatalog, TextCatalog } from "./types";

export const cliFindings = {
  "input.missing": {
    severity: "error",
    message: {
      vi: "Không tìm thấy tệp hoặc thư mục '{file}'.",
      en: "File or folder '{file}' not found.",
    },
    hint: {
      vi: "Kiểm tra lại đường dẫn (có thể đặt trong dấu ngoặc kép nếu có dấu cách).",
      en: "Check the path (quote it if it contains spaces).",
    },
  },
} as const satisfies FindingCatalog;

export const cliTexts = {
  "cli.usage": {
    vi: [
      "Cách dùng: cdvc <lệnh> [tùy chọn]",
      "",
      "Lệnh:",
      '  template --out mau.xlsx [--unit CD001 --name "…" --period "Năm 2024" --cluster "Cụm 1"] [--force]',
      "      Tạo mẫu báo cáo CĐCS (phiên bản CDVC-BC 1).",
      "  validate <thư mục|tệp…> [--config rules.json] [--period P] [--deadline dd/MM/yyyy] [--json report.json]",
      "      Kiểm tra các tệp báo cáo; mã thoát 0 khi không tệp nào có lỗi, 1 khi có, 2 khi dùng sai lệnh.",
      "  consolidate <thư mục|tệp…> --out TongHop.xlsx [--json summary.json] [--config F] [--period P] [--previous F] [--no-cache] [--force]",
      "      Tổng hợp, xếp hạng, xếp loại và đề nghị khen thưởng.",
      "      --previous NamTruoc.xlsx: so sánh với sổ tổng hợp kỳ trước; --no-cache: đọc lại mọi tệp.",
      "      Sổ tổng hợp của nhiều CĐVC cũng là đầu vào được (tổng hợp cấp trên).",
      "  track <thư mục|tệp…> [--deadline dd/MM/yyyy] [--json F] [--out TheoDoi.xlsx] [--config F]",
      "      Theo dõi nộp báo cáo: đúng hạn, trễ hạn, có lỗi, được thay, chưa nộp (theo danh sách đơn vị).",
      "  annotate <thư mục|tệp…> --out <thư mục> [--force] [--config F] [--period P] [--deadline dd/MM/yyyy]",
      "      Tạo bản sao có đánh dấu ô lỗi và trang Kiểm tra để gửi lại đơn vị; không sửa tệp gốc.",
      "  term <sổ tổng hợp các năm…> --out NhiemKy.xlsx [--force]",
      "      Báo cáo nhiệm kỳ: tổng số, tỷ lệ đạt và kết quả xếp loại qua các năm.",
      "  rules [--out rules.json]",
      "      Ghi bộ quy tắc mặc định ra JSON để chỉnh sửa.",
      "",
      "Tùy chọn chung: --lang en (tiếng Anh), --help",
    ].join("\n"),
    en: [
      "Usage: cdvc <command> [options]",
      "",
      "Commands:",
      '  template --out form.xlsx [--unit CD001 --name "…" --period "Năm 2024" --cluster "Cụm 1"] [--force]',
      "      Write the unit report form (version CDVC-BC 1).",
      "  validate <folder|files…> [--config rules.json] [--period P] [--deadline dd/MM/yyyy] [--json report.json]",
      "      Check report files; exit 0 when no file has an error, 1 when some do, 2 on a usage error.",
      "  consolidate <folder|files…> --out TongHop.xlsx [--json summary.json] [--config F] [--period P] [--previous F] [--no-cache] [--force]",
      "      Consolidate, rank, classify and propose awards.",
      "      --previous LastYear.xlsx: compare with an earlier result workbook; --no-cache: re-read every file.",
      "      Result workbooks of several CĐVC are accepted as inputs too (roll-up).",
      "  track <folder|files…> [--deadline dd/MM/yyyy] [--json F] [--out Tracking.xlsx] [--config F]",
      "      Submission tracking: on time, late, with errors, replaced, missing (against the unit list).",
      "  annotate <folder|files…> --out <folder> [--force] [--config F] [--period P] [--deadline dd/MM/yyyy]",
      "      Copies with bad cells marked and a Kiểm tra sheet, to send back; originals untouched.",
      "  term <result workbooks of the term's years…> --out Term.xlsx [--force]",
      "      Term report: totals, attainment and classification across the years.",
      "  rules [--out rules.json]",
      "      Write the default rules as JSON, to edit.",
      "",
      "Common options: --lang en (English), --help",
    ].join("\n"),
  },
  "cli.usage-error": { vi: "Lỗi cách dùng: {detail}", en: "Usage error: {detail}" },
  "cli.unknown-command": {
    vi: "không có lệnh '{command}'",
    en: "no command '{command}'",
  },
  "cli.bad-option": { vi: "{detail}", en: "{detail}" },
  "cli.no-inputs": {
    vi: "cần ít nhất một thư mục hoặc tệp báo cáo",
    en: "at least one folder or report file is needed",
  },
  "cli.missing-out": { vi: "thiếu --out <tệp.xlsx>", en: "--out <file.xlsx> is missing" },
  "cli.bad-lang": { vi: "--lang chỉ nhận vi hoặc en", en: "--lang takes vi or en" },
  "cli.out-exists": {
    vi: "Tệp '{file}' đã có. Dùng --force để ghi đè, hoặc chọn tên khác.",
    en: "File '{file}' already exists. Use --force to overwrite it, or choose another name.",
  },
  "cli.config-bad": {
    vi: "Tệp cấu hình '{file}' có lỗi; không chạy tiếp.",
    en: "Configuration file '{file}' has errors; stopping.",
  },
  "cli.config-unreadable": {
    vi: "Không đọc được tệp cấu hình '{file}'.",
    en: "Cannot read configuration file '{file}'.",
  },
  "cli.skipped": {
    vi: "Bỏ qua {file} ({reason})",
    en: "Skipped {file} ({reason})",
  },
  "cli.skipped.hidden": { vi: "tệp ẩn", en: "hidden file" },
  "cli.skipped.output": {
    vi: "kết quả của chính lệnh này",
    en: "this command's own output",
  },
  "cli.skipped.lock": {
    vi: "tệp khóa tạm của Excel",
    en: "Excel lock file",
  },
  "cli.status.ok": { vi: "đạt", en: "ok" },
  "cli.status.warnings": { vi: "có cảnh báo", en: "warnings" },
  "cli.status.errors": { vi: "có lỗi", en: "errors" },
  "cli.severity.error": { vi: "Lỗi", en: "Error" },
  "cli.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "cli.file-heading": {
    vi: "{file} — {status} ({errors} lỗi, {warnings} cảnh báo){unit}",
    en: "{file} — {status} ({errors} errors, {warnings} warnings){unit}",
  },
  "cli.validate-total": {
    vi: "Tổng: {files} tệp — {ok} đạt, {warnings} có cảnh báo, {errors} có lỗi{skipped}.",
    en: "Total: {files} files — {ok} ok, {warnings} with warnings, {errors} with errors{skipped}.",
  },
  "cli.skipped-count": { vi: ", {n} tệp bỏ qua", en: ", {n} skipped" },
  "cli.expected-period": {
    vi: "Kỳ báo cáo: {period}",
    en: "Reporting period: {period}",
  },
  "cli.json-written": { vi: "Đã ghi {file}", en: "Wrote {file}" },
  "cli.template-written": {
    vi: "Đã ghi mẫu báo cáo: {file}",
    en: "Report form written: {file}",
  },
  "cli.rules-written": { vi: "Đã ghi bộ quy tắc: {file}", en: "Rules written: {file}" },
  "cli.consolidate-summary": {
    vi: "Kỳ {period}: {files} tệp — {included} được tổng hợp, {rejected} bị loại, {replaced} được thay bằng bản gửi sau.",
    en: "Period {period}: {files} files — {included} consolidated, {rejected} rejected, {replaced} replaced by a later copy.",
  },
  "cli.workbook-written": {
    vi: "Đã ghi sổ tổng hợp: {file}",
    en: "Result workbook written: {file}",
  },
  "cli.progress": {
    vi: "Đang đọc {done}/{total} tệp…",
    en: "Reading {done}/{total} files…",
  },
} as const satisfies TextCatalog;
