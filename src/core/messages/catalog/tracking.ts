import type { FindingCatalog, TextCatalog } from "./types";

/**
 * Findings about the province's list of expected units (issue 9): a submission checked against
 * the list (`unit.*`), and the rows of the `DanhSach` sheet the list is kept in (`unit-list.*`).
 */
export const trackingFindings = {
  "unit.not-on-list": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: mã đơn vị {code} không có trong danh sách đơn vị.",
      en: "Cell {cell} on sheet {sheet}: the unit code {code} is not on the list of units.",
    },
    hint: {
      vi: "Kiểm tra lại mã đơn vị trong báo cáo; nếu là đơn vị mới, thêm đơn vị vào danh sách (mục units của tệp cấu hình, hoặc trang DanhSach).",
      en: "Check the unit code in the report; for a new unit, add it to the list (units in the config file, or the DanhSach sheet).",
    },
  },
  "unit.name-differs": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: tên đơn vị '{name}' khác tên trong danh sách '{listName}' (mã {code}).",
      en: "Cell {cell} on sheet {sheet}: the unit name '{name}' differs from the name on the list, '{listName}' (code {code}).",
    },
    hint: {
      vi: "Sửa tên trong báo cáo cho khớp danh sách, hoặc cập nhật danh sách nếu đơn vị đã đổi tên.",
      en: "Make the report's name match the list, or update the list if the unit was renamed.",
    },
  },
  "unit-list.header-missing": {
    severity: "error",
    message: {
      vi: "Trang {sheet}: không tìm thấy dòng tiêu đề của danh sách đơn vị (thiếu cột {columns}).",
      en: "Sheet {sheet}: the header row of the list of units is not found (missing column {columns}).",
    },
    hint: {
      vi: "Giữ dòng tiêu đề có đủ các cột Mã đơn vị, Tên công đoàn cơ sở và Trực thuộc/Thành viên.",
      en: "Keep a header row with the columns Mã đơn vị, Tên công đoàn cơ sở and Trực thuộc/Thành viên.",
    },
  },
  "unit-list.code-missing": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: dòng {row} có thông tin đơn vị nhưng thiếu mã đơn vị; dòng này không được dùng.",
      en: "Cell {cell} on sheet {sheet}: row {row} describes a unit but has no unit code; the row is not used.",
    },
    hint: {
      vi: "Ghi mã đơn vị (như trong báo cáo của đơn vị), hoặc xóa cả dòng.",
      en: "Enter the unit code (as in the unit's report), or delete the whole row.",
    },
  },
  "unit-list.duplicate-code": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: mã đơn vị {code} đã có ở ô {other}; dòng này không được dùng.",
      en: "Cell {cell} on sheet {sheet}: the unit code {code} is already at cell {other}; this row is not used.",
    },
    hint: {
      vi: "Mỗi đơn vị chỉ ghi một dòng; sửa mã hoặc xóa dòng thừa.",
      en: "List each unit once; correct the code or delete the extra row.",
    },
  },
  "unit-list.name-missing": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: đơn vị {code} chưa có tên; dòng này không được dùng.",
      en: "Cell {cell} on sheet {sheet}: the unit {code} has no name; the row is not used.",
    },
    hint: {
      vi: "Ghi tên công đoàn cơ sở như trong báo cáo của đơn vị.",
      en: "Enter the grassroots union's name as in the unit's report.",
    },
  },
  "unit-list.membership-invalid": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: cần ghi Trực thuộc hoặc Thành viên cho đơn vị {code}, gặp '{text}'; dòng này không được dùng.",
      en: "Cell {cell} on sheet {sheet}: the unit {code} needs Trực thuộc (directly led) or Thành viên (member union), found '{text}'; the row is not used.",
    },
    hint: {
      vi: "Ghi Trực thuộc (CĐCS do CĐVC trực tiếp chỉ đạo) hoặc Thành viên (công đoàn thành viên).",
      en: "Enter Trực thuộc (directly led by the CĐVC) or Thành viên (a member union).",
    },
  },
  "unit-list.date-invalid": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{text}' không phải là ngày thành lập đọc được của đơn vị {code}; dòng này không được dùng.",
      en: "Cell {cell} on sheet {sheet}: '{text}' is not a readable founding date of the unit {code}; the row is not used.",
    },
    hint: {
      vi: "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 15/01/2020, hoặc để trống.",
      en: "Enter the date day first, for example 15/01/2020, or leave it empty.",
    },
  },
} as const satisfies FindingCatalog;

/**
 * Texts of the submission tracker (issue 9): the states of an expected unit, the `DanhSach`
 * sheet's headers and words, the `Theo dõi nộp báo cáo` sheet, the report's sentence, and the
 * lines `cdvc track` prints. The sheet names are always written in Vietnamese.
 */
export const trackingTexts = {
  "tracking.state.on-time": { vi: "Đúng hạn", en: "On time" },
  "tracking.state.late": { vi: "Nộp muộn", en: "Late" },
  "tracking.state.errors": { vi: "Có lỗi", en: "With errors" },
  "tracking.state.missing": { vi: "Chưa nộp", en: "Missing" },
  "tracking.file.replaced": { vi: "Bị thay thế", en: "Replaced" },
  "tracking.file.unidentified": {
    vi: "Không xác định được đơn vị",
    en: "Unit not identified",
  },
  "tracking.unlisted": { vi: "Ngoài danh sách", en: "Not on the list" },
  "tracking.no-cluster": { vi: "(Không thuộc cụm)", en: "(No cluster)" },
  "tracking.membership.direct": { vi: "Trực thuộc", en: "Directly led" },
  "tracking.membership.member": { vi: "Thành viên", en: "Member union" },

  // The DanhSach sheet: its name and headers are Vietnamese whatever the interface language,
  // as the form's labels are; they are read back by label.
  "unit-list.sheet": { vi: "DanhSach", en: "DanhSach" },
  "unit-list.col.code": { vi: "Mã đơn vị", en: "Mã đơn vị" },
  "unit-list.col.name": { vi: "Tên công đoàn cơ sở", en: "Tên công đoàn cơ sở" },
  "unit-list.col.cluster": { vi: "Cụm thi đua", en: "Cụm thi đua" },
  "unit-list.col.founded": { vi: "Ngày thành lập", en: "Ngày thành lập" },
  "unit-list.col.membership": {
    vi: "Trực thuộc/Thành viên",
    en: "Trực thuộc/Thành viên",
  },
  "unit-list.col.contact": { vi: "Liên hệ", en: "Liên hệ" },
  "unit-list.membership.direct": { vi: "Trực thuộc", en: "Trực thuộc" },
  "unit-list.membership.member": { vi: "Thành viên", en: "Thành viên" },

  // The report's sentence ("57/59 CĐCS đã gửi báo cáo.").
  "sentence.submissions": {
    vi: "{received}/{expected} CĐCS đã gửi báo cáo.",
    en: "{received} of {expected} grassroots unions sent their report.",
  },

  // The Theo dõi nộp báo cáo sheet.
  "tracking.sheet": { vi: "Theo dõi nộp báo cáo", en: "Report submissions" },
  "tracking.title": {
    vi: "THEO DÕI NỘP BÁO CÁO — {period}",
    en: "REPORT SUBMISSIONS — {period}",
  },
  "tracking.deadline": { vi: "Hạn nộp: {deadline}.", en: "Deadline: {deadline}." },
  "tracking.summary": {
    vi: "{received}/{expected} CĐCS đã gửi báo cáo: {onTime} đúng hạn, {late} nộp muộn, {errors} có lỗi; {missing} chưa nộp; {replaced} bản bị thay thế bằng bản gửi sau.",
    en: "{received} of {expected} grassroots unions sent their report: {onTime} on time, {late} late, {errors} with errors; {missing} missing; {replaced} copies replaced by a later one.",
  },
  "tracking.summary.others": { vi: "Ngoài ra: {parts}.", en: "Besides: {parts}." },
  "tracking.summary.unlisted": {
    vi: "{count} đơn vị ngoài danh sách",
    en: "{count} units not on the list",
  },
  "tracking.summary.unidentified": {
    vi: "{count} tệp không xác định được đơn vị",
    en: "{count} files whose unit is not identified",
  },
  "tracking.no-list": {
    vi: "Chưa có danh sách đơn vị (mục units của cấu hình, hoặc trang DanhSach): chỉ theo dõi các đơn vị đã gửi báo cáo, không biết đơn vị nào chưa nộp.",
    en: "No list of units (units in the config, or the DanhSach sheet): only the units that sent a report are tracked; missing units cannot be known.",
  },
  "tracking.col.state": { vi: "Tình trạng", en: "Status" },
  "tracking.col.file": { vi: "Tệp được dùng", en: "File used" },
  "tracking.col.replaced": { vi: "Bản bị thay thế", en: "Replaced copies" },
  "tracking.col.note": { vi: "Ghi chú", en: "Note" },
  "tracking.col.received": { vi: "Đã gửi", en: "Received" },
  "tracking.counts.title": {
    vi: "Số lượng theo cụm thi đua",
    en: "Counts by cluster",
  },
  "tracking.total": { vi: "Tổng cộng", en: "Total" },
  "tracking.note.late": {
    vi: "Ngày báo cáo {date}, sau hạn {deadline}",
    en: "Report dated {date}, after the deadline {deadline}",
  },
  "tracking.note.errors": {
    vi: "{count} lỗi, ví dụ: {message}",
    en: "{count} errors, for example: {message}",
  },
  "tracking.note.name-differs": {
    vi: "Tên trong báo cáo: {name}",
    en: "Name in the report: {name}",
  },
  "tracking.note.also-received": {
    vi: "Tệp khác của đơn vị không được dùng: {files}",
    en: "Other files of the unit, not used: {files}",
  },

  // What `cdvc track` prints.
  "tracking.cli.heading": {
    vi: "Theo dõi nộp báo cáo — {period}",
    en: "Report submissions — {period}",
  },
  "tracking.cli.cluster-total": {
    vi: "Cộng: {units} đơn vị — {onTime} đúng hạn, {late} nộp muộn, {errors} có lỗi, {missing} chưa nộp, {replaced} bản bị thay thế",
    en: "Total: {units} units — {onTime} on time, {late} late, {errors} with errors, {missing} missing, {replaced} copies replaced",
  },
  "tracking.cli.replaced-copy": { vi: "thay cho {files}", en: "replaces {files}" },
  "tracking.cli.unlisted": {
    vi: "Đơn vị ngoài danh sách",
    en: "Units not on the list",
  },
  "tracking.cli.unidentified": {
    vi: "Tệp không xác định được đơn vị",
    en: "Files whose unit is not identified",
  },
  "tracking.cli.counts": { vi: "Số lượng theo cụm", en: "Counts by cluster" },
  "tracking.cli.workbook-written": {
    vi: "Đã ghi trang Theo dõi nộp báo cáo vào {file}.",
    en: "The Report submissions sheet was written to {file}.",
  },
} as const satisfies TextCatalog;
