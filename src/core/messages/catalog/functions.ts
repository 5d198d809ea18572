import type { TextCatalog } from "./types";

// Messages shown in the error indicator of a cell that holds CDVC.ATTAINMENT or CDVC.RANK_CDCS.
// Excel shows a custom message only with #VALUE! and #N/A, so only those errors have one here.
export const functionTexts = {
  "functions.arg.actual": { vi: "thực hiện", en: "actual" },
  "functions.arg.target": { vi: "kế hoạch", en: "target" },
  "functions.arg.direction": { vi: "chiều đánh giá", en: "direction" },
  "functions.arg.score": { vi: "điểm", en: "score" },
  "functions.arg.scores": { vi: "danh sách điểm", en: "scores" },
  "functions.arg.cluster": { vi: "cụm", en: "cluster" },
  "functions.arg.clusters": { vi: "cột cụm", en: "clusters" },
  "functions.not-a-number": {
    vi: "'{text}' không phải là số. Nhập một số, ví dụ 20 hoặc 216,8.",
    en: "'{text}' is not a number. Enter a number, for example 20 or 216,8.",
  },
  "functions.ambiguous-number": {
    vi: "'{text}' đọc được theo nhiều cách. Viết lại cho rõ: dấu chấm ngăn hàng nghìn, dấu phẩy ngăn phần thập phân (2.686 hoặc 216,8).",
    en: "'{text}' can be read more than one way. Write it plainly: a dot groups thousands, a comma marks decimals (2.686 or 216,8).",
  },
  "functions.unit-mismatch": {
    vi: "'{text}' có đơn vị không dùng được ở đây. Chỉ nhập con số.",
    en: "'{text}' has a unit that cannot be used here. Enter the number alone.",
  },
  "functions.not-a-number-boolean": {
    vi: "Giá trị {text} (đúng/sai) không phải là số.",
    en: "The value {text} (true/false) is not a number.",
  },
  "functions.not-a-number-other": {
    vi: "Ô chứa một giá trị không phải là số.",
    en: "The cell holds a value that is not a number.",
  },
  "functions.negative": {
    vi: "{value} là số âm: số lượng và số tiền không âm, nên không có tỷ lệ đạt.",
    en: "{value} is negative: counts and amounts are never below 0, so there is no attainment rate.",
  },
  "functions.unknown-direction": {
    vi: 'Không rõ chiều đánh giá \'{text}\'. Dùng "higher" (càng cao càng tốt, mặc định) hoặc "lower" (càng thấp càng tốt).',
    en: 'Unknown direction \'{text}\'. Use "higher" (more is better, the default) or "lower" (less is better).',
  },
  "functions.shape-mismatch": {
    vi: "Vùng {first} ({firstShape}) và vùng {second} ({secondShape}) phải cùng kích thước, hoặc một trong hai chỉ là một ô.",
    en: "The {first} range ({firstShape}) and the {second} range ({secondShape}) must be the same size, or one of them a single cell.",
  },
  "functions.rank.score-is-text": {
    vi: "Điểm '{text}' là chữ, không phải số. Hàm chỉ xếp hạng ô chứa số (như RANK.EQ): đổi ô thành số.",
    en: "The score '{text}' is text, not a number. Only cells holding numbers are ranked (as RANK.EQ does): make the cell a number.",
  },
  "functions.rank.not-found": {
    vi: "Điểm {score} không có trong danh sách điểm.",
    en: "The score {score} is not in the list of scores.",
  },
  "functions.rank.not-found-in-cluster": {
    vi: "Điểm {score} không có trong danh sách điểm của cụm '{cluster}'.",
    en: "The score {score} is not among the scores of cluster '{cluster}'.",
  },
  "functions.rank.cluster-needs-clusters": {
    vi: "Đã cho cụm của đơn vị nhưng thiếu cột cụm của danh sách điểm (đối số thứ tư).",
    en: "The unit's cluster is given but the clusters of the list of scores (the fourth argument) are missing.",
  },
  "functions.rank.clusters-need-cluster": {
    vi: "Đã cho cột cụm của danh sách điểm nhưng thiếu cụm của đơn vị (đối số thứ ba).",
    en: "The clusters of the list of scores are given but the unit's cluster (the third argument) is missing.",
  },
} as const satisfies TextCatalog;
