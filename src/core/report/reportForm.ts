/**
 * The report form, version 1 (DOMAIN.md, "The report form, version 1"): the names and labels a
 * reader looks for. These are the form's own words, written into every template and matched
 * in every submission (ignoring case, diacritics, spacing and a trailing colon); they are not
 * interface texts, so they live here and not in the message catalog.
 *
 * @example
 * reportForm.sheets.report // "BaoCao"
 * reportForm.indicatorColumns.actual // "Thực hiện"
 */
export const reportForm = {
  version: "CDVC-BC 1",
  sheets: {
    report: "BaoCao",
    score: "ChamDiem",
    proposals: "DeNghiKhenThuong",
  },
  /** Header fields of sheet BaoCao, in the template's order. */
  fields: {
    formVersion: "Phiên bản mẫu",
    unitCode: "Mã đơn vị",
    unitName: "Tên công đoàn cơ sở",
    period: "Kỳ báo cáo",
    cluster: "Cụm thi đua",
    founded: "Ngày thành lập",
    reportDate: "Ngày báo cáo",
  },
  /** The fields a submission may leave out without a finding (the version has its own warning). */
  optionalFields: ["cluster", "founded", "formVersion"],
  indicatorColumns: {
    stt: "STT",
    code: "Mã số",
    label: "Chỉ tiêu",
    unit: "Đơn vị tính",
    target: "Kế hoạch",
    actual: "Thực hiện",
    note: "Ghi chú",
  },
  criterionColumns: {
    code: "Mã số",
    label: "Tiêu chí",
    maxPoints: "Điểm chuẩn",
    self: "Tự chấm",
    appraised: "Thẩm định",
    note: "Ghi chú",
  },
  proposalColumns: {
    stt: "STT",
    name: "Họ và tên / Tên tập thể",
    subject: "Đối tượng",
    position: "Chức vụ, đơn vị công tác",
    award: "Hình thức đề nghị",
    kind: "Loại",
    achievement: "Thành tích",
  },
  /** The label of the scoresheet's total row, in any of its cells. */
  totalLabel: "Tổng cộng",
} as const;

/** A header field of sheet BaoCao. */
export type FieldKey = keyof typeof reportForm.fields;
/** A column of the indicator table (sheet BaoCao). */
export type IndicatorColumn = keyof typeof reportForm.indicatorColumns;
/** A column of the criterion table (sheet ChamDiem). */
export type CriterionColumn = keyof typeof reportForm.criterionColumns;
/** A column of the proposals table (sheet DeNghiKhenThuong). */
export type ProposalColumn = keyof typeof reportForm.proposalColumns;
