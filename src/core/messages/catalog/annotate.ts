import type { FindingCatalog, TextCatalog } from "./types";

/**
 * Texts of the annotated returns (`cdvc annotate`, src/workbook/annotate): the copy of a unit's
 * workbook with its findings marked on their cells and listed on a sheet, so staff can send it
 * back. The list sheet is named with `result.sheet.checks` ("Kiểm tra"), as in the result
 * workbook; its columns reuse the `result.col.*` headers.
 */
export const annotateFindings = {
  "annotate.cannot-open": {
    severity: "error",
    message: {
      vi: "Tệp {file}: không mở được để tạo bản đánh dấu lỗi ({reason}).",
      en: "File {file}: cannot be opened to make a marked copy ({reason}).",
    },
    hint: {
      vi: "Các lỗi của tệp vẫn được liệt kê; gửi danh sách này cho đơn vị.",
      en: "The file's findings are still listed; send that list to the unit.",
    },
  },
  "annotate.too-many-cells": {
    severity: "error",
    message: {
      vi: "Tệp {file}: các vùng gộp ô và kiểm tra dữ liệu phủ {cells} ô, quá nhiều để tạo bản đánh dấu lỗi.",
      en: "File {file}: its merged and validated ranges cover {cells} cells, too many to make a marked copy.",
    },
    hint: {
      vi: "Các lỗi của tệp vẫn được liệt kê; gửi danh sách này cho đơn vị.",
      en: "The file's findings are still listed; send that list to the unit.",
    },
  },
} as const satisfies FindingCatalog;

export const annotateTexts = {
  "annotate.note-title": {
    vi: "CĐVC Thi đua – kết quả kiểm tra:",
    en: "CĐVC Thi đua – check results:",
  },
  "annotate.sheet.title": {
    vi: "KẾT QUẢ KIỂM TRA BÁO CÁO – {unit}",
    en: "REPORT CHECK RESULTS – {unit}",
  },
  "annotate.sheet.file": {
    vi: "Tệp được kiểm tra: {file}. Có {errors} lỗi, {warnings} cảnh báo.",
    en: "File checked: {file}. {errors} errors, {warnings} warnings.",
  },
  "annotate.sheet.legend": {
    vi: "Ô tô đỏ có lỗi phải sửa, ô tô vàng có cảnh báo cần xem lại; di chuột vào ô để đọc ghi chú. Nên sửa trên tệp gốc của đơn vị rồi gửi lại.",
    en: "Red cells hold errors to fix, yellow cells warnings to review; hover a cell to read its note. Best fix the unit's own file and send it again.",
  },
  "annotate.sheet.unplaced": {
    vi: "{n} lỗi không gắn với ô nào (thiếu trang, thiếu bảng hoặc thiếu dòng) chỉ có trong danh sách dưới đây.",
    en: "{n} findings point at no cell (a missing sheet, table or row) and appear only in the list below.",
  },
  "annotate.written": {
    vi: "{file} → {out} ({errors} lỗi, {warnings} cảnh báo; {marked} ô được đánh dấu)",
    en: "{file} → {out} ({errors} errors, {warnings} warnings; {marked} cells marked)",
  },
  "annotate.clean": {
    vi: "{file}: không có lỗi, không tạo bản đánh dấu.",
    en: "{file}: no findings, no marked copy.",
  },
  "annotate.unopenable": {
    vi: "{file}: không mở được, không tạo bản đánh dấu. Các lỗi của tệp:",
    en: "{file}: cannot be opened, no marked copy. The file's findings:",
  },
  "annotate.exists": {
    vi: "{file}: '{out}' đã có, không ghi đè (dùng --force để ghi đè).",
    en: "{file}: '{out}' already exists and is not overwritten (use --force to overwrite it).",
  },
  "annotate.is-input": {
    vi: "{file}: '{out}' là một tệp được kiểm tra; tệp gốc không bao giờ bị ghi đè.",
    en: "{file}: '{out}' is one of the files checked; an original is never overwritten.",
  },
  "annotate.write-failed": {
    vi: "{file}: không ghi được '{out}' ({reason}).",
    en: "{file}: cannot write '{out}' ({reason}).",
  },
  "annotate.summary": {
    vi: "Tổng: {files} tệp — {written} bản đánh dấu đã ghi vào {folder}, {clean} tệp không có lỗi, {unopenable} tệp không mở được, {refused} bản không ghi được.",
    en: "Total: {files} files — {written} marked copies written to {folder}, {clean} files without findings, {unopenable} files that cannot be opened, {refused} copies not written.",
  },
  "annotate.out-not-folder": {
    vi: "--out phải là một thư mục: '{out}' là một tệp",
    en: "--out must be a folder: '{out}' is a file",
  },
  "annotate.out-is-input": {
    vi: "--out không được là thư mục báo cáo '{out}': lần kiểm tra sau sẽ đọc các bản đánh dấu như báo cáo",
    en: "--out must not be the report folder '{out}': the next check would read the marked copies as reports",
  },
  "annotate.missing-out": {
    vi: "thiếu --out <thư mục>",
    en: "--out <folder> is missing",
  },
} as const satisfies TextCatalog;
