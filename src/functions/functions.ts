// The custom functions of the add-in, declared once: the metadata (functions.json) is generated
// from these JSDoc blocks by custom-functions-metadata-plugin, whose loader also appends the
// CustomFunctions.associate calls, so none are written here. Excel passes ranges as 2-D arrays
// and an omitted optional argument as null; the bodies live in attainmentFunction.ts and
// rankFunction.ts and return plain values that toExcelResults turns into Excel's errors.
import { attainmentMatrix } from "./attainmentFunction";
import { toExcelResults } from "./cellErrors";
import { rankMatrix } from "./rankFunction";

/**
 * Tỷ lệ đạt, chưa làm tròn: thực hiện chia kế hoạch (153 trên 59 cho 2,5932, định dạng % thành 259%); chỉ tiêu càng thấp càng tốt thì kế hoạch chia thực hiện. Thực hiện trống cho ô trống; kế hoạch trống hoặc bằng 0 cho #DIV/0!.
 * @customfunction ATTAINMENT
 * @param actual Số thực hiện: một số, một ô hoặc một vùng; đọc được số gõ kiểu Việt Nam như "2.686" hay "216,8".
 * @param target Kế hoạch: một số, một ô hoặc một vùng cùng kích thước với vùng thực hiện (một ô thì dùng chung cho cả vùng).
 * @param direction Chiều đánh giá (không bắt buộc): "higher" hay "càng cao càng tốt" (mặc định), "lower" hay "càng thấp càng tốt"; một ô hoặc một vùng cùng kích thước.
 * @returns Tỷ lệ đạt, một ô hoặc một vùng cùng kích thước với dữ liệu.
 */
export function attainment(
  actual: unknown[][],
  target: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return toExcelResults(attainmentMatrix(actual, target, direction ?? null));
}

/**
 * Thứ hạng của điểm trong danh sách điểm, cao nhất là 1; điểm bằng nhau cùng hạng, hạng sau bị bỏ qua (1, 2, 2, 4) như RANK.EQ. Thêm cụm và cột cụm để xếp hạng trong cụm thi đua. Chỉ ô chứa số được xếp hạng; điểm không có trong danh sách cho #N/A.
 * @customfunction RANK_CDCS
 * @param score Điểm cần xếp hạng: một ô, hoặc một vùng để có thứ hạng của từng ô.
 * @param scores Danh sách điểm của các CĐCS (một vùng).
 * @param cluster Cụm thi đua của đơn vị (không bắt buộc): một ô, hoặc một vùng cùng kích thước với điểm.
 * @param clusters Cột cụm thi đua của danh sách (không bắt buộc, đi cùng cụm): vùng cùng kích thước với danh sách điểm.
 * @returns Thứ hạng, một ô hoặc một vùng cùng kích thước với điểm.
 */
export function rankCdcs(
  score: unknown[][],
  scores: unknown[][],
  cluster?: unknown[][],
  clusters?: unknown[][],
): unknown[][] {
  return toExcelResults(rankMatrix(score, scores, cluster ?? null, clusters ?? null));
}
