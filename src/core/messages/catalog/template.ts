import type { TextCatalog } from "./types";

/**
 * Texts of the report form (DOMAIN.md, "The report form, version 1"): its labels, section
 * titles, the messages of its cell validations and the instructions sheet `HuongDan`.
 *
 * The form's labels are part of its contract: readers find fields and columns by the
 * Vietnamese label, so the template always writes the `vi` text of a `template.label.*`
 * entry; the `en` text names the same field in English interfaces.
 */
export const templateTexts = {
  "template.title": {
    vi: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ",
    en: "GRASSROOTS UNION ACTIVITY REPORT",
  },
  "template.subtitle": {
    vi: "Điền vào các ô nền vàng. Không đổi tên nhãn, mã số và tên trang tính. Xem hướng dẫn ở trang HuongDan.",
    en: "Fill in the yellow cells. Do not rename labels, codes or sheets. See the instructions on sheet HuongDan.",
  },
  "template.scoresheet-title": {
    vi: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA",
    en: "EMULATION SELF-SCORING SHEET",
  },
  "template.scoresheet-subtitle": {
    vi: "Đơn vị ghi cột Tự chấm; cột Thẩm định do CĐVC tỉnh ghi.",
    en: "The unit fills in the self score; the appraised score is filled in by the provincial union.",
  },

  "template.label.unit-code": { vi: "Mã đơn vị", en: "Unit code" },
  "template.label.unit-name": { vi: "Tên công đoàn cơ sở", en: "Grassroots union name" },
  "template.label.period": { vi: "Kỳ báo cáo", en: "Reporting period" },
  "template.label.cluster": { vi: "Cụm thi đua", en: "Emulation cluster" },
  "template.label.founded": { vi: "Ngày thành lập", en: "Date founded" },
  "template.label.report-date": { vi: "Ngày báo cáo", en: "Report date" },
  "template.label.form-version": { vi: "Phiên bản mẫu", en: "Form version" },
  "template.label.no": { vi: "STT", en: "No." },
  "template.label.code": { vi: "Mã số", en: "Code" },
  "template.label.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "template.label.unit": { vi: "Đơn vị tính", en: "Unit" },
  "template.label.target": { vi: "Kế hoạch", en: "Target" },
  "template.label.actual": { vi: "Thực hiện", en: "Actual" },
  "template.label.note": { vi: "Ghi chú", en: "Note" },
  "template.label.criterion": { vi: "Tiêu chí", en: "Criterion" },
  "template.label.max-points": { vi: "Điểm chuẩn", en: "Max points" },
  "template.label.self-score": { vi: "Tự chấm", en: "Self score" },
  "template.label.appraised-score": { vi: "Thẩm định", en: "Appraised score" },
  "template.label.total": { vi: "Tổng cộng", en: "Total" },
  "template.yes": { vi: "Có", en: "Yes" },
  "template.no": { vi: "Không", en: "No" },

  "template.section.DV": {
    vi: "Đoàn viên và người lao động",
    en: "Members and employees",
  },
  "template.section.CL": {
    vi: "Chăm lo đời sống, bảo vệ quyền lợi đoàn viên",
    en: "Members' welfare and rights",
  },
  "template.section.TD": {
    vi: "Phong trào thi đua, văn hóa, văn nghệ, thể dục thể thao",
    en: "Emulation movements, culture and sports",
  },
  "template.section.XD": {
    vi: "Tham gia xây dựng Đảng",
    en: "Party building",
  },
  "template.section.CB": {
    vi: "Đào tạo, bồi dưỡng cán bộ công đoàn",
    en: "Training of union officers",
  },
  "template.section.other": { vi: "Chỉ tiêu khác", en: "Other indicators" },

  "template.validation.title": { vi: "Giá trị không hợp lệ", en: "Invalid value" },
  "template.validation.count": {
    vi: "Nhập một số nguyên không âm, ví dụ 25.",
    en: "Enter a whole number, zero or more, for example 25.",
  },
  "template.validation.money": {
    vi: "Nhập một số không âm theo đơn vị {unit}, ví dụ 216,8.",
    en: "Enter a number, zero or more, in {unit}, for example 216.8.",
  },
  "template.validation.number": {
    vi: "Nhập một số, ví dụ 12,5.",
    en: "Enter a number, for example 12.5.",
  },
  "template.validation.at-most": {
    vi: "Nhập một số nguyên không âm, không lớn hơn số ở dòng {code} ({label}).",
    en: "Enter a whole number, zero or more, no more than the figure on row {code} ({label}).",
  },
  "template.validation.yes-no": {
    vi: "Chọn Có hoặc Không trong danh sách.",
    en: "Choose Có (yes) or Không (no) from the list.",
  },
  "template.validation.score": {
    vi: "Nhập điểm từ 0 đến {max}.",
    en: "Enter a score from 0 to {max}.",
  },
  "template.validation.date": {
    vi: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 08/01/2021.",
    en: "Enter a date day first, for example 08/01/2021 for 8 January 2021.",
  },
  "template.validation.text": {
    vi: "Nhập tối đa 255 ký tự.",
    en: "Enter at most 255 characters.",
  },
  "template.prompt.period": {
    vi: "Ví dụ: Năm 2024; 6 tháng đầu năm 2025; Nhiệm kỳ 2023-2028.",
    en: "For example: Năm 2024; 6 tháng đầu năm 2025; Nhiệm kỳ 2023-2028.",
  },

  "template.guide.title": {
    vi: "HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO CÔNG ĐOÀN CƠ SỞ ({version})",
    en: "HOW TO FILL IN THE GRASSROOTS UNION REPORT FORM ({version})",
  },
  "template.guide.fill": {
    vi: "1. Chỉ điền vào các ô nền vàng. Trang BaoCao: thông tin đơn vị ở phần đầu, số liệu ở cột Kế hoạch và Thực hiện. Trang ChamDiem: điểm tự chấm từng tiêu chí ở cột Tự chấm.",
    en: "1. Fill in only the yellow cells. Sheet BaoCao: the unit's details at the top, figures in the Target and Actual columns. Sheet ChamDiem: the self score of each criterion in the Self score column.",
  },
  "template.guide.header": {
    vi: "2. Ghi đủ Mã đơn vị, Tên công đoàn cơ sở, Kỳ báo cáo và Ngày báo cáo. Kỳ báo cáo viết như: Năm 2024; 6 tháng đầu năm 2025; 6 tháng cuối năm 2025; Nhiệm kỳ 2023-2028.",
    en: "2. Fill in the unit code, the union's name, the reporting period and the report date. Write the period as: Năm 2024; 6 tháng đầu năm 2025; 6 tháng cuối năm 2025; Nhiệm kỳ 2023-2028.",
  },
  "template.guide.numbers": {
    vi: "3. Số liệu nhập dạng số. Nếu gõ dạng chữ, dấu chấm tách hàng nghìn và dấu phẩy tách phần thập phân: 2.686 là hai nghìn sáu trăm tám mươi sáu; 216,8 là hai trăm mười sáu phẩy tám. Số tiền ghi theo đơn vị tính của dòng (triệu đồng).",
    en: "3. Enter figures as numbers. When typed as text, a dot groups thousands and a comma marks decimals: 2.686 is two thousand six hundred eighty-six; 216,8 is two hundred sixteen point eight. Amounts are in the row's unit (million dong).",
  },
  "template.guide.counts": {
    vi: "4. Số người, số lượt là số nguyên không âm. Số đoàn viên nữ không lớn hơn tổng số đoàn viên; tổng số đoàn viên không lớn hơn tổng số CBCCVC, người lao động.",
    en: "4. Numbers of people and occasions are whole numbers, zero or more. Women members are no more than all members; members are no more than all employees.",
  },
  "template.guide.yes-no": {
    vi: "5. Chỉ tiêu có đơn vị tính Có/Không: chọn Có hoặc Không trong danh sách (cũng đọc được: Đạt, Không đạt, x, 1, 0).",
    en: "5. Yes/no indicators: choose Có (yes) or Không (no) from the list (also read: Đạt, Không đạt, x, 1, 0).",
  },
  "template.guide.dates": {
    vi: "6. Ngày ghi theo thứ tự ngày/tháng/năm (dd/mm/yyyy), ví dụ 08/01/2021 là ngày 8 tháng 1 năm 2021.",
    en: "6. Dates are written day first (dd/mm/yyyy): 08/01/2021 is 8 January 2021.",
  },
  "template.guide.scores": {
    vi: "7. Điểm tự chấm của mỗi tiêu chí từ 0 đến điểm chuẩn. Dòng Tổng cộng tự tính. Cột Thẩm định do CĐVC tỉnh ghi.",
    en: "7. Each criterion's self score is from 0 to its max points. The Total row adds itself up. The Appraised column is filled in by the provincial union.",
  },
  "template.guide.labels": {
    vi: "8. Không đổi tên các nhãn (Mã số, Chỉ tiêu, Thực hiện…), các mã số (DV01, TC1…) và tên các trang BaoCao, ChamDiem. Không ghi số liệu vào dòng tiêu đề nhóm.",
    en: "8. Do not rename the labels (Mã số, Chỉ tiêu, Thực hiện…), the codes (DV01, TC1…) or the sheets BaoCao and ChamDiem. Do not put figures on group title rows.",
  },
  "template.guide.rows": {
    vi: "9. Được chèn thêm dòng, cột để ghi chú hoặc diễn giải; chương trình tìm số liệu theo nhãn và mã số, không theo vị trí ô.",
    en: "9. You may insert rows or columns for notes; the figures are found by their labels and codes, not by cell positions.",
  },
  "template.guide.send": {
    vi: "10. Mỗi đơn vị gửi một tệp cho mỗi kỳ báo cáo. Nếu gửi lại, ghi Ngày báo cáo mới hơn: bản có ngày báo cáo muộn nhất được dùng.",
    en: "10. Each unit sends one file per period. When sending again, write a later report date: the copy with the latest report date is used.",
  },
} as const satisfies TextCatalog;
