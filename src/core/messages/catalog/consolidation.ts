import type { TextCatalog } from "./types";

/**
 * Texts of the consolidation (DOMAIN.md, "Classification", "Ranking", "Awards", "Attainment"):
 * class labels, the reason each unit got its class, award reasons, and the sentences that go
 * into the province's report. Vietnamese is what goes into the report; the English texts are
 * for the interface.
 */
export const consolidationTexts = {
  // Class labels, as a table heading shows them.
  "class.HTXS": { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Tasks completed with excellence" },
  "class.HTT": { vi: "Hoàn thành tốt nhiệm vụ", en: "Tasks completed well" },
  "class.HT": { vi: "Hoàn thành nhiệm vụ", en: "Tasks completed" },
  "class.KHT": { vi: "Không hoàn thành nhiệm vụ", en: "Tasks not completed" },
  "class.CXL": {
    vi: "Chưa xếp loại (không đủ thời gian phân loại)",
    en: "Not classified (not enough time to classify)",
  },

  // The same classes inside a sentence ("12 CĐCS hoàn thành xuất sắc nhiệm vụ").
  "class.phrase.HTXS": {
    vi: "hoàn thành xuất sắc nhiệm vụ",
    en: "completed their tasks with excellence",
  },
  "class.phrase.HTT": { vi: "hoàn thành tốt nhiệm vụ", en: "completed their tasks well" },
  "class.phrase.HT": { vi: "hoàn thành nhiệm vụ", en: "completed their tasks" },
  "class.phrase.KHT": { vi: "không hoàn thành nhiệm vụ", en: "did not complete their tasks" },
  "class.phrase.CXL": {
    vi: "không đủ thời gian phân loại",
    en: "had not existed long enough to be classified",
  },

  // Why a unit has its class: one step per rule that decided or changed it.
  "reason.threshold.at-least": {
    vi: "Điểm {score} ≥ {threshold}: {classPhrase}",
    en: "Score {score} ≥ {threshold}: {classPhrase}",
  },
  "reason.threshold.below": {
    vi: "Điểm {score} < {threshold}: {classPhrase}",
    en: "Score {score} < {threshold}: {classPhrase}",
  },
  "reason.cxl": {
    vi: "Thành lập {founded}, chưa đủ {months} tháng đến cuối kỳ: chưa xếp loại",
    en: "Founded {founded}, less than {months} months before the end of the period: not classified",
  },
  "reason.cap.no": {
    vi: "Không {labelLower} ({indicator}): tối đa {maxClass}",
    en: "{label} ({indicator}) answered No: at most {maxClass}",
  },
  "reason.cap.below-target": {
    vi: "{label} ({indicator}) chưa đạt chỉ tiêu ({actual}/{target}): tối đa {maxClass}",
    en: "{label} ({indicator}) below its target ({actual}/{target}): at most {maxClass}",
  },
  "reason.cap.missing": {
    vi: "{label} ({indicator}) không có số liệu: tối đa {maxClass}",
    en: "{label} ({indicator}) has no value: at most {maxClass}",
  },
  "reason.quota": {
    vi: "Vượt chỉ tiêu {share} {class} (giới hạn {limit}), hạ xuống {to}",
    en: "Beyond the {share} {class} quota (limit {limit}), moved down to {to}",
  },
  "reason.quota.tie": {
    vi: "Đồng điểm {score} ở ranh giới chỉ tiêu {share} {class} (giới hạn {limit}), hạ xuống {to}",
    en: "Tied on score {score} at the edge of the {share} {class} quota (limit {limit}), moved down to {to}",
  },

  // Awards: why a unit is proposed, and why a tied unit is not.
  "award.reason.province": {
    vi: "Hạng {rank} toàn tỉnh, {class}",
    en: "Rank {rank} in the province, {class}",
  },
  "award.reason.cluster": {
    vi: "Hạng {rank} cụm {cluster}, {class}",
    en: "Rank {rank} in cluster {cluster}, {class}",
  },
  "award.withheld.province": {
    vi: "Đồng hạng {rank} toàn tỉnh ở ranh giới giới hạn {limit} của {award}: không đề nghị",
    en: "Tied at rank {rank} in the province at the edge of the limit {limit} of {award}: not proposed",
  },
  "award.withheld.cluster": {
    vi: "Đồng hạng {rank} cụm {cluster} ở ranh giới giới hạn {limit} của {award}: không đề nghị",
    en: "Tied at rank {rank} in cluster {cluster} at the edge of the limit {limit} of {award}: not proposed",
  },

  // The classification sentence of the annual report (seed 000).
  "sentence.classification": {
    vi: "Kết quả xếp loại chất lượng {parts}.",
    en: "Classification results: {parts}.",
  },
  "sentence.classification.part": { vi: "{count} CĐCS {classPhrase}", en: "{count} {classPhrase}" },
  "sentence.classification.none": {
    vi: "Chưa có CĐCS nào được xếp loại chất lượng.",
    en: "No grassroots union has been classified.",
  },
  "sentence.recognition": {
    vi: "Công nhận {count} CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm vụ.",
    en: "{count} grassroots unions are recognised as having completed their tasks with excellence.",
  },
  "sentence.awards": {
    vi: "Đề nghị {parts}.",
    en: "Proposed: {parts}.",
  },
  "sentence.awards.part": { vi: "tặng {award} cho {count} CĐCS", en: "{award} for {count} unions" },

  // Attainment of indicators with targets ("giới thiệu 153/59 ..., đạt tỷ lệ 259%").
  "sentence.attainment": {
    vi: "Kết quả thực hiện chỉ tiêu: {parts}.",
    en: "Targets: {parts}.",
  },
  "sentence.attainment.rate": {
    vi: "{phrase}, đạt tỷ lệ {rate}",
    en: "{phrase}, {rate} of target",
  },
  "sentence.attainment.generic": {
    vi: "{labelLower} {actual}/{target} {unit}",
    en: "{label} {actual}/{target} {unit}",
  },
  "sentence.attainment.yesno": {
    vi: "{actual}/{target} CĐCS {labelLower}",
    en: "{actual}/{target} unions: {label}",
  },
  "sentence.attainment.DV04": {
    vi: "kết nạp mới {actual}/{target} đoàn viên",
    en: "{actual}/{target} new members admitted",
  },
  "sentence.attainment.TD01": {
    vi: "có {actual}/{target} sáng kiến, giải pháp được công nhận",
    en: "{actual}/{target} initiatives and solutions recognised",
  },
  "sentence.attainment.XD01": {
    vi: "giới thiệu {actual}/{target} đoàn viên ưu tú cho Đảng xem xét kết nạp",
    en: "{actual}/{target} outstanding members recommended to the Party for admission",
  },
  "sentence.attainment.CB01": {
    vi: "tập huấn {actual}/{target} lượt cán bộ công đoàn",
    en: "{actual}/{target} union officer trainings",
  },
  "sentence.attainment.CL01": {
    vi: "{actual}/{target} CĐCS tổ chức Hội nghị CBCCVC",
    en: "{actual}/{target} unions held their employees' conference",
  },

  // Province totals ("4.535 đoàn viên", "216,8 triệu đồng").
  "sentence.totals": {
    vi: "Tổng hợp báo cáo của {units} CĐCS: {parts}.",
    en: "Totals of the reports of {units} grassroots unions: {parts}.",
  },
  "sentence.totals.generic": {
    vi: "{labelLower}: {value} {unit}",
    en: "{label}: {value} {unit}",
  },
  "sentence.totals.yesno": {
    vi: "{value} CĐCS {labelLower}",
    en: "{value} unions: {label}",
  },
  "sentence.totals.DV01": {
    vi: "{value} CBCCVC, người lao động",
    en: "{value} public employees and workers",
  },
  "sentence.totals.DV02": {
    vi: "{value} đoàn viên công đoàn",
    en: "{value} union members",
  },
  "sentence.totals.DV03": { vi: "{value} đoàn viên nữ", en: "{value} women members" },
  "sentence.totals.DV05": {
    vi: "giảm {value} đoàn viên",
    en: "{value} members lost",
  },
  "sentence.totals.CL02": {
    vi: "thăm hỏi, trợ cấp {value} lượt đoàn viên",
    en: "{value} member visits and allowances",
  },
  "sentence.totals.CL03": {
    vi: "số tiền thăm hỏi, trợ cấp {value} triệu đồng",
    en: "visits and allowances of {value} million dong",
  },
  "sentence.totals.CL04": {
    vi: "tặng {value} suất quà cho đoàn viên",
    en: "{value} gifts to members",
  },
  "sentence.totals.CL05": {
    vi: 'xây mới, sửa chữa {value} căn nhà "Mái ấm Công đoàn"',
    en: '{value} "Union Shelter" houses built or repaired',
  },
  "sentence.totals.CL06": {
    vi: "đóng góp các quỹ xã hội, từ thiện {value} triệu đồng",
    en: "{value} million dong given to social and charity funds",
  },
  "sentence.totals.TD02": {
    vi: "tổ chức {value} hoạt động VHVN-TDTT",
    en: "{value} cultural and sports activities",
  },
  "sentence.totals.TD03": {
    vi: "{value} lượt người tham gia hoạt động VHVN-TDTT",
    en: "{value} participations in cultural and sports activities",
  },
  "sentence.totals.TD04": {
    vi: '{value} CĐCS có cơ quan đạt chuẩn "Cơ quan văn hóa"',
    en: '{value} unions whose agency meets the "Cultural agency" standard',
  },
  "sentence.totals.XD02": {
    vi: "{value} đoàn viên được kết nạp Đảng",
    en: "{value} members admitted to the Party",
  },
} as const satisfies TextCatalog;
