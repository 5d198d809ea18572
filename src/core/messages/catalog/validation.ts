import type { FindingCatalog } from "./types";

/**
 * Findings of the checks on one submitted workbook and across the files of a batch
 * (DOMAIN.md, "What a submission can get wrong").
 */
export const validationFindings = {
  "field.empty": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: mục '{label}' chưa có giá trị.",
      en: "Cell {cell} on sheet {sheet}: the field '{label}' has no value.",
    },
    hint: {
      vi: "Nhập giá trị vào ô bên phải '{label}', trên cùng dòng.",
      en: "Enter the value in a cell to the right of '{label}', on the same row.",
    },
  },
  "period.invalid": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: không đọc được kỳ báo cáo '{text}'.",
      en: "Cell {cell} on sheet {sheet}: the reporting period '{text}' cannot be read.",
    },
    hint: {
      vi: "Ghi kỳ báo cáo theo một trong các dạng: Năm 2024, 6 tháng đầu năm 2024, 6 tháng cuối năm 2024, Nhiệm kỳ 2023-2028.",
      en: "Write the period in one of these forms: Năm 2024, 6 tháng đầu năm 2024, 6 tháng cuối năm 2024, Nhiệm kỳ 2023-2028.",
    },
  },
  "text.formula-like": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: văn bản '{text}' bắt đầu bằng dấu {first} như một công thức; được giữ nguyên là văn bản.",
      en: "Cell {cell} on sheet {sheet}: the text '{text}' begins with {first} like a formula; it is kept as text.",
    },
    hint: {
      vi: "Nếu không cố ý, xóa dấu {first} ở đầu ô. Văn bản này không bao giờ được biến thành công thức.",
      en: "Unless it is meant, remove the leading {first}. This text is never turned into a formula.",
    },
  },
  "indicator.missing": {
    severity: "error",
    message: {
      vi: "Trang {sheet}: thiếu chỉ tiêu {code} ({label}).",
      en: "Sheet {sheet}: the indicator {code} ({label}) is missing.",
    },
    hint: {
      vi: "Thêm một dòng có Mã số {code} vào bảng chỉ tiêu, hoặc lập báo cáo lại từ mẫu mới.",
      en: "Add a row with Mã số {code} to the indicator table, or fill in a fresh copy of the form.",
    },
  },
  "indicator.duplicate": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: mã chỉ tiêu {code} lặp lại (đã có ở dòng {firstRow}).",
      en: "Cell {cell} on sheet {sheet}: the indicator code {code} is repeated (already on row {firstRow}).",
    },
    hint: {
      vi: "Xóa dòng thừa hoặc sửa lại Mã số; mỗi chỉ tiêu chỉ có một dòng.",
      en: "Delete the extra row or correct its Mã số; each indicator has one row only.",
    },
  },
  "indicator.unknown": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: mã chỉ tiêu '{code}' không có trong danh sách chỉ tiêu; dòng này không được tổng hợp.",
      en: "Cell {cell} on sheet {sheet}: the indicator code '{code}' is not in the list of indicators; this row is not consolidated.",
    },
    hint: {
      vi: "Kiểm tra lại Mã số; nếu đây là chỉ tiêu riêng của đơn vị thì có thể bỏ qua cảnh báo này.",
      en: "Check the Mã số; if this is an indicator of the unit's own, the warning can be ignored.",
    },
  },
  "indicator.actual-empty": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: chưa nhập số liệu thực hiện của chỉ tiêu {code} ({label}).",
      en: "Cell {cell} on sheet {sheet}: no actual figure has been entered for the indicator {code} ({label}).",
    },
    hint: {
      vi: "Nhập số thực hiện, nhập 0 nếu không có; với chỉ tiêu Có/Không, nhập Có hoặc Không.",
      en: "Enter the actual figure, 0 if there is none; for a yes/no indicator, enter Có or Không.",
    },
  },
  "indicator.negative": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: chỉ tiêu {code} ({label}) có số âm {value}.",
      en: "Cell {cell} on sheet {sheet}: the indicator {code} ({label}) holds the negative number {value}.",
    },
    hint: {
      vi: "Số lượng không thể âm: nhập 0 hoặc một số dương.",
      en: "A count cannot be negative: enter 0 or a positive number.",
    },
  },
  "indicator.fraction": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: chỉ tiêu {code} ({label}) ghi {value} {unit}, không phải số nguyên.",
      en: "Cell {cell} on sheet {sheet}: the indicator {code} ({label}) holds {value} {unit}, which is not a whole number.",
    },
    hint: {
      vi: "Nhập số nguyên, ví dụ 12, không có phần thập phân.",
      en: "Enter a whole number, for example 12, without decimals.",
    },
  },
  "indicator.exceeds": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: {code} ({label}) là {value}, lớn hơn {boundCode} ({boundLabel}) là {bound}.",
      en: "Cell {cell} on sheet {sheet}: {code} ({label}) is {value}, more than {boundCode} ({boundLabel}), which is {bound}.",
    },
    hint: {
      vi: "Kiểm tra lại hai số liệu: {code} không được lớn hơn {boundCode}.",
      en: "Check both figures: {code} may not be more than {boundCode}.",
    },
  },
  "yesno.invalid": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{text}' không phải câu trả lời Có/Không của chỉ tiêu {code} ({label}).",
      en: "Cell {cell} on sheet {sheet}: '{text}' is not a yes/no answer for the indicator {code} ({label}).",
    },
    hint: {
      vi: "Nhập Có hoặc Không (cũng được: Đạt, Không đạt, x, 1, 0).",
      en: "Enter Có or Không (also accepted: Đạt, Không đạt, x, 1, 0).",
    },
  },
  "criterion.missing": {
    severity: "error",
    message: {
      vi: "Trang {sheet}: thiếu tiêu chí {code} ({label}).",
      en: "Sheet {sheet}: the criterion {code} ({label}) is missing.",
    },
    hint: {
      vi: "Thêm một dòng có Mã số {code} vào bảng chấm điểm, hoặc lập báo cáo lại từ mẫu mới.",
      en: "Add a row with Mã số {code} to the scoresheet, or fill in a fresh copy of the form.",
    },
  },
  "criterion.duplicate": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: mã tiêu chí {code} lặp lại (đã có ở dòng {firstRow}).",
      en: "Cell {cell} on sheet {sheet}: the criterion code {code} is repeated (already on row {firstRow}).",
    },
    hint: {
      vi: "Xóa dòng thừa hoặc sửa lại Mã số; mỗi tiêu chí chỉ có một dòng.",
      en: "Delete the extra row or correct its Mã số; each criterion has one row only.",
    },
  },
  "criterion.unknown": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: mã tiêu chí '{code}' không có trong danh sách tiêu chí; điểm dòng này không được tính.",
      en: "Cell {cell} on sheet {sheet}: the criterion code '{code}' is not in the list of criteria; this row's score is not counted.",
    },
    hint: {
      vi: "Kiểm tra lại Mã số của dòng này.",
      en: "Check this row's Mã số.",
    },
  },
  "score.self-missing": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: chưa tự chấm điểm tiêu chí {code} ({label}).",
      en: "Cell {cell} on sheet {sheet}: the criterion {code} ({label}) has no self score.",
    },
    hint: {
      vi: "Nhập điểm tự chấm, từ 0 đến {max}.",
      en: "Enter the self score, from 0 to {max}.",
    },
  },
  "score.above-max": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: điểm {column} {score} của tiêu chí {code} ({label}) vượt điểm chuẩn {max}.",
      en: "Cell {cell} on sheet {sheet}: the {column} score {score} of the criterion {code} ({label}) is above its maximum of {max}.",
    },
    hint: {
      vi: "Nhập điểm từ 0 đến {max}.",
      en: "Enter a score from 0 to {max}.",
    },
  },
  "score.negative": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: điểm {column} của tiêu chí {code} ({label}) là số âm {score}.",
      en: "Cell {cell} on sheet {sheet}: the {column} score of the criterion {code} ({label}) is the negative number {score}.",
    },
    hint: {
      vi: "Nhập điểm từ 0 đến {max}.",
      en: "Enter a score from 0 to {max}.",
    },
  },
  "score.total-mismatch": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: dòng Tổng cộng cột {column} ghi {total}, nhưng cộng các tiêu chí được {sum}.",
      en: "Cell {cell} on sheet {sheet}: the Tổng cộng row in column {column} reads {total}, but the criteria add up to {sum}.",
    },
    hint: {
      vi: "Sửa dòng Tổng cộng, ví dụ dùng công thức =SUM(...). Điểm được tính từ các tiêu chí, không lấy từ dòng này.",
      en: "Correct the Tổng cộng row, for example with =SUM(...). The score is added up from the criteria, not taken from this row.",
    },
  },
  "period.mismatch": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: kỳ báo cáo là '{period}', không phải kỳ đang tổng hợp '{expected}'.",
      en: "Cell {cell} on sheet {sheet}: the reporting period is '{period}', not the period being consolidated, '{expected}'.",
    },
    hint: {
      vi: "Gửi báo cáo kỳ '{expected}', hoặc chọn lại kỳ tổng hợp.",
      en: "Send the report for '{expected}', or choose the period to consolidate again.",
    },
  },
  "report.late": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: ngày báo cáo {date} sau hạn nộp {deadline}.",
      en: "Cell {cell} on sheet {sheet}: the report date {date} is after the deadline {deadline}.",
    },
    hint: {
      vi: "Báo cáo vẫn được tổng hợp; kỳ sau cần nộp đúng hạn.",
      en: "The report is still consolidated; send it by the deadline next time.",
    },
  },
  "unit.replaced": {
    severity: "warning",
    message: {
      vi: "Tệp {file}: đơn vị {code} ({name}) có báo cáo mới hơn trong tệp {replacedBy} (ngày báo cáo {laterDate}); tệp này không được tổng hợp.",
      en: "File {file}: the unit {code} ({name}) has a later report in the file {replacedBy} (report date {laterDate}); this file is not consolidated.",
    },
    hint: {
      vi: "Không cần làm gì nếu tệp {replacedBy} là bản đúng; nếu không, bỏ tệp đó ra khỏi danh sách.",
      en: "Nothing to do if {replacedBy} is the right copy; otherwise remove that file from the list.",
    },
  },
  "unit.duplicate": {
    severity: "error",
    message: {
      vi: "Tệp {file}: đơn vị {code} ({name}) còn có báo cáo cùng ngày báo cáo {date} trong tệp {others}.",
      en: "File {file}: the unit {code} ({name}) also has a report with the same report date {date} in {others}.",
    },
    hint: {
      vi: "Chọn một bản: bỏ tệp thừa ra khỏi danh sách, hoặc sửa Ngày báo cáo của bản đúng.",
      en: "Choose one copy: remove the extra file from the list, or correct the Ngày báo cáo of the right one.",
    },
  },
  "batch.period-invalid": {
    severity: "error",
    message: {
      vi: "Không đọc được kỳ tổng hợp '{text}'; kỳ được suy ra từ các báo cáo.",
      en: "The period to consolidate, '{text}', cannot be read; the period is inferred from the reports.",
    },
    hint: {
      vi: "Ghi kỳ theo một trong các dạng: Năm 2024, 6 tháng đầu năm 2024, 6 tháng cuối năm 2024, Nhiệm kỳ 2023-2028.",
      en: "Write the period in one of these forms: Năm 2024, 6 tháng đầu năm 2024, 6 tháng cuối năm 2024, Nhiệm kỳ 2023-2028.",
    },
  },
  "batch.deadline-invalid": {
    severity: "error",
    message: {
      vi: "Không đọc được hạn nộp '{text}'; không kiểm tra nộp muộn.",
      en: "The deadline '{text}' cannot be read; late reports are not checked.",
    },
    hint: {
      vi: "Ghi hạn nộp theo thứ tự ngày/tháng/năm, ví dụ 15/12/2024.",
      en: "Write the deadline day first (day/month/year), for example 15/12/2024.",
    },
  },
} as const satisfies FindingCatalog;
