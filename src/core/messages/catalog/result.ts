import type { TextCatalog } from "./types";

/**
 * Texts of the consolidation output workbook (src/workbook/result): its sheet names, titles,
 * column headers and the labels of its total, count and quota lines.
 *
 * Sheet names are part of the workbook's contract (a later run reads the rules back from
 * `Cấu hình`, people and macros look sheets up by name): the writer always uses the `vi`
 * text of a `result.sheet.*` entry; the `en` text names the sheet in English interfaces.
 */
export const resultTexts = {
  "result.sheet.summary": { vi: "Tổng hợp", en: "Summary" },
  "result.sheet.classification": { vi: "Xếp loại", en: "Classification" },
  "result.sheet.awards": { vi: "Khen thưởng", en: "Awards" },
  "result.sheet.checks": { vi: "Kiểm tra", en: "Checks" },
  "result.sheet.sentences": { vi: "Báo cáo", en: "Report" },
  "result.sheet.config": { vi: "Cấu hình", en: "Configuration" },

  "result.period.unknown": { vi: "kỳ báo cáo chưa xác định", en: "period not given" },
  "result.yes": { vi: "Có", en: "Yes" },
  "result.no": { vi: "Không", en: "No" },

  "result.col.no": { vi: "STT", en: "No." },
  "result.col.unit-code": { vi: "Mã đơn vị", en: "Unit code" },
  "result.col.unit-name": { vi: "Tên công đoàn cơ sở", en: "Grassroots union" },
  "result.col.cluster": { vi: "Cụm thi đua", en: "Cluster" },
  "result.col.target": { vi: "Kế hoạch", en: "Target" },
  "result.col.actual": { vi: "Thực hiện", en: "Actual" },
  "result.col.indicator": { vi: "{code} – {label} ({unit})", en: "{code} – {label} ({unit})" },
  "result.col.units": { vi: "Số CĐCS", en: "Units" },
  "result.col.rank": { vi: "Hạng", en: "Rank" },
  "result.col.cluster-rank": { vi: "Hạng trong cụm", en: "Rank in cluster" },
  "result.col.score": { vi: "Điểm", en: "Score" },
  "result.col.class-code": { vi: "Mã xếp loại", en: "Class code" },
  "result.col.class": { vi: "Xếp loại", en: "Classification" },
  "result.col.reason": { vi: "Lý do", en: "Reason" },
  "result.col.total": { vi: "Tổng số", en: "Total" },
  "result.col.award": { vi: "Hình thức khen thưởng", en: "Award" },
  "result.col.scope": { vi: "Phạm vi xét", en: "Ranked within" },
  "result.col.file": { vi: "Tệp", en: "File" },
  "result.col.status": { vi: "Tình trạng", en: "Status" },
  "result.col.severity": { vi: "Mức độ", en: "Severity" },
  "result.col.finding-code": { vi: "Mã lỗi", en: "Finding code" },
  "result.col.sheet": { vi: "Trang", en: "Sheet" },
  "result.col.cell": { vi: "Ô", en: "Cell" },
  "result.col.message": { vi: "Nội dung", en: "Message" },
  "result.col.hint": { vi: "Cách khắc phục", en: "How to fix" },

  "result.summary.title": {
    vi: "TỔNG HỢP SỐ LIỆU BÁO CÁO CỦA CÁC CĐCS – {period}",
    en: "CONSOLIDATED FIGURES OF THE GRASSROOTS UNIONS – {period}",
  },
  "result.summary.total": { vi: "Toàn tỉnh", en: "Province total" },
  "result.summary.attainment": { vi: "Tỷ lệ đạt", en: "Attainment" },
  "result.summary.clusters": {
    vi: "Tổng hợp theo cụm thi đua",
    en: "Totals by emulation cluster",
  },

  "result.classification.title": {
    vi: "XẾP HẠNG, XẾP LOẠI CHẤT LƯỢNG CĐCS – {period}",
    en: "RANKING AND CLASSIFICATION OF THE GRASSROOTS UNIONS – {period}",
  },
  "result.classification.counts": {
    vi: "Số CĐCS theo cụm thi đua và xếp loại",
    en: "Units by cluster and class",
  },
  "result.classification.no-cluster": { vi: "Không thuộc cụm", en: "No cluster" },
  "result.classification.province": { vi: "Toàn tỉnh", en: "Province" },
  "result.quota.limit": {
    vi: "Giới hạn {class}: {limit} CĐCS ({share} của {base} CĐCS {of}); trước khi áp dụng giới hạn có {before} CĐCS {class}.",
    en: "{class} limit: {limit} units ({share} of {base} units {of}); {before} units were {class} before the limit.",
  },
  "result.quota.demoted": {
    vi: "Hạ loại do vượt giới hạn: {units}.",
    en: "Moved down past the limit: {units}.",
  },
  "result.quota.demoted-unit": { vi: "{code} ({name}) xuống {to}", en: "{code} ({name}) to {to}" },
  "result.quota.none-demoted": {
    vi: "Không CĐCS nào phải hạ loại do giới hạn.",
    en: "No unit was moved down by the limit.",
  },
  "result.quota.off": {
    vi: "Không áp dụng giới hạn tỷ lệ xếp loại.",
    en: "No classification quota applies.",
  },

  "result.awards.title": {
    vi: "ĐỀ NGHỊ KHEN THƯỞNG – {period}",
    en: "AWARD PROPOSALS – {period}",
  },
  "result.awards.none": {
    vi: "Không có CĐCS nào được đề nghị khen thưởng.",
    en: "No unit is proposed for an award.",
  },
  "result.awards.withheld": {
    vi: "Đồng hạng ở ranh giới giới hạn, không đề nghị",
    en: "Tied at the edge of a limit, not proposed",
  },
  "result.scope.province": { vi: "Toàn tỉnh", en: "Province" },

  "result.checks.title": {
    vi: "KIỂM TRA CÁC TỆP BÁO CÁO – {period}",
    en: "CHECKS OF THE REPORT FILES – {period}",
  },
  "result.checks.summary": {
    vi: "{files} tệp: {included} được tổng hợp, {rejected} bị loại, {replaced} được thay bằng bản sau.",
    en: "{files} files: {included} consolidated, {rejected} rejected, {replaced} replaced by a later copy.",
  },
  "result.status.included": { vi: "Được tổng hợp", en: "Consolidated" },
  "result.status.rejected": { vi: "Bị loại", en: "Rejected" },
  "result.status.replaced": { vi: "Được thay bằng {file}", en: "Replaced by {file}" },
  "result.status.batch": { vi: "Chung cho cả đợt", en: "Whole batch" },
  "result.severity.error": { vi: "Lỗi", en: "Error" },
  "result.severity.warning": { vi: "Cảnh báo", en: "Warning" },

  "result.sentences.title": {
    vi: "NỘI DUNG BÁO CÁO – {period}",
    en: "REPORT SENTENCES – {period}",
  },

  "result.config.title": {
    vi: "CẤU HÌNH QUY TẮC ĐÃ DÙNG – {period}",
    en: "RULES USED – {period}",
  },
  "result.config.note": {
    vi: "Tạo bởi CĐVC Thi đua lúc {time}; mã bộ quy tắc {hash}. Sao chép các dòng từ ô A{first} trở xuống vào tệp rules.json để tổng hợp lại đúng kết quả này.",
    en: "Written by CĐVC Thi đua at {time}; rules fingerprint {hash}. Copy the lines from cell A{first} down into a rules.json file to reproduce this result.",
  },
} as const satisfies TextCatalog;
