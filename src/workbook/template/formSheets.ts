/**
 * The sheet names of the report form, version 1 (DOMAIN.md). Readers find the data sheets by
 * these names; the instructions sheet is for people only.
 */
export const REPORT_SHEET = "BaoCao";
export const SCORE_SHEET = "ChamDiem";
/** The optional sheet of the units' award proposals. */
export const PROPOSALS_SHEET = "DeNghiKhenThuong";
export const GUIDE_SHEET = "HuongDan";
