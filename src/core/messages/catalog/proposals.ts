import type { FindingCatalog, TextCatalog } from "./types";

/**
 * Findings about the rows of the optional sheet `DeNghiKhenThuong` (DOMAIN.md, "Proposals from
 * the units"). Every code starts with `proposal.`: such a finding drops its row, never the
 * unit (see keepsUnitOut), so each error message says the row is not counted.
 */
export const proposalFindings = {
  "proposal.field-empty": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: đề nghị ở dòng {row} chưa ghi '{label}'; dòng này không được tính.",
      en: "Cell {cell} on sheet {sheet}: the proposal on row {row} has no '{label}'; the row is not counted.",
    },
    hint: {
      vi: "Ghi '{label}' cho dòng {row}, hoặc xóa cả dòng nếu không đề nghị.",
      en: "Fill in '{label}' on row {row}, or delete the whole row if nothing is proposed.",
    },
  },
  "proposal.subject-unknown": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: Đối tượng '{text}' không phải Cá nhân hay Tập thể; dòng {row} không được tính.",
      en: "Cell {cell} on sheet {sheet}: the recipient type '{text}' is neither Cá nhân (individual) nor Tập thể (collective); row {row} is not counted.",
    },
    hint: {
      vi: "Chọn Cá nhân hoặc Tập thể trong danh sách của ô.",
      en: "Choose Cá nhân or Tập thể from the cell's list.",
    },
  },
  "proposal.kind-unknown": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: Loại '{text}' không phải Thường xuyên hay Chuyên đề; dòng {row} không được tính.",
      en: "Cell {cell} on sheet {sheet}: the kind '{text}' is neither Thường xuyên (regular) nor Chuyên đề (thematic); row {row} is not counted.",
    },
    hint: {
      vi: "Chọn Thường xuyên hoặc Chuyên đề trong danh sách của ô.",
      en: "Choose Thường xuyên or Chuyên đề from the cell's list.",
    },
  },
  "proposal.award-unknown": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: hình thức '{text}' không có trong danh mục khen thưởng; dòng {row} không được tính.",
      en: "Cell {cell} on sheet {sheet}: the award '{text}' is not in the award catalogue; row {row} is not counted.",
    },
    hint: {
      vi: "Chọn một hình thức trong danh sách của ô: {awards}.",
      en: "Choose an award from the cell's list: {awards}.",
    },
  },
  "proposal.recipient-not-allowed": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{award}' chỉ tặng cho đối tượng '{allowed}', không tặng cho '{subject}'; dòng {row} không được tính.",
      en: "Cell {cell} on sheet {sheet}: '{award}' goes to '{allowed}' only, not to '{subject}'; row {row} is not counted.",
    },
    hint: {
      vi: "Sửa Đối tượng hoặc chọn hình thức khen thưởng dành cho '{subject}'.",
      en: "Correct the recipient type, or choose an award that goes to '{subject}'.",
    },
  },
  "proposal.duplicate-person": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{name}' đã được đề nghị ở dòng {firstRow}; dòng {row} không được tính.",
      en: "Cell {cell} on sheet {sheet}: '{name}' is already proposed on row {firstRow}; row {row} is not counted.",
    },
    hint: {
      vi: "Mỗi người, mỗi tập thể chỉ được đề nghị một lần trong một đơn vị: giữ một dòng, xóa dòng kia. Hai người trùng họ tên thì ghi rõ chức vụ, đơn vị công tác của từng người.",
      en: "Each person or collective is proposed once per unit: keep one row and delete the other. For two people of the same name, give each one's position and workplace.",
    },
  },
  "proposal.over-limit": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: đơn vị được đề nghị tối đa {limit} '{award}' cho đối tượng '{subject}'; dòng {row} là đề nghị thứ {nth}, không được tính.",
      en: "Cell {cell} on sheet {sheet}: the unit may propose at most {limit} '{award}' for '{subject}'; row {row} is proposal number {nth} and is not counted.",
    },
    hint: {
      vi: "Giới hạn của mỗi đơn vị do CĐVC tỉnh quy định; các đề nghị được tính từ trên xuống đến đủ giới hạn. Bớt đề nghị, hoặc xếp đề nghị cần ưu tiên lên trước.",
      en: "Each unit's limits are set by the provincial union; proposals count from the top down until the limit. Propose fewer, or put the ones that matter most first.",
    },
  },
  "proposal.class-not-eligible": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{award}' cho tập thể chỉ dành cho đơn vị xếp loại {classes}, đơn vị xếp loại {class}; dòng {row} không được tính.",
      en: "Cell {cell} on sheet {sheet}: '{award}' for a collective is only for units classified {classes}, and the unit is {class}; row {row} is not counted.",
    },
    hint: {
      vi: "Đề nghị hình thức khen thưởng phù hợp với kết quả xếp loại của đơn vị.",
      en: "Propose an award that fits the unit's classification.",
    },
  },
  "proposal.same-name-other-unit": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: '{name}' ({subject}) cũng được {others} đề nghị.",
      en: "Cell {cell} on sheet {sheet}: '{name}' ({subject}) is also proposed by {others}.",
    },
    hint: {
      vi: "Kiểm tra xem có phải cùng một người (một tập thể) được hai đơn vị đề nghị không; nếu đúng, chỉ giữ một đề nghị.",
      en: "Check whether one person (or collective) is proposed by two units; if so, keep one proposal only.",
    },
  },
} as const satisfies FindingCatalog;

/**
 * Texts of the proposals: the levels that grant awards, the report's sentence, the sheet of
 * the template and the sheet `Đề nghị khen thưởng` of the output workbook.
 */
export const proposalTexts = {
  "proposal.level.TLD": { vi: "Tổng Liên đoàn", en: "the Vietnam General Confederation of Labour" },
  "proposal.level.LDLD": { vi: "LĐLĐ tỉnh", en: "the provincial Federation of Labour" },
  "proposal.level.CDVC": { vi: "CĐVC tỉnh", en: "the provincial public employees' union" },

  "sentence.proposals": {
    vi: "Ban Thường vụ CĐVC tỉnh {clauses}.",
    en: "The Standing Committee of the provincial public employees' union {clauses}.",
  },
  "sentence.proposals.own-only": { vi: "{clauses}.", en: "{clauses}." },
  "sentence.proposals.request": {
    vi: "đề nghị {level} tặng {awards}",
    en: "proposes that {level} award {awards}",
  },
  "sentence.proposals.own": { vi: "{level} tặng {awards}", en: "{level} awards {awards}" },
  "sentence.proposals.and": { vi: " và ", en: " and " },
  "sentence.proposals.plain": { vi: "{count} {noun}{thematic}", en: "{count} {noun}{thematic}" },
  "sentence.proposals.collective": {
    vi: "{count} {noun} cho tập thể{thematic}",
    en: "{count} {noun} to collectives{thematic}",
  },
  "sentence.proposals.individual": {
    vi: "{count} {noun} cho cá nhân{thematic}",
    en: "{count} {noun} to individuals{thematic}",
  },
  "sentence.proposals.collective-thematic": {
    vi: " (trong đó có {count} tập thể khen chuyên đề)",
    en: " (of which {count} collectives for a thematic campaign)",
  },
  "sentence.proposals.individual-thematic": {
    vi: " (trong đó có {count} cá nhân khen chuyên đề)",
    en: " (of which {count} individuals for a thematic campaign)",
  },

  "proposal.template.title": { vi: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", en: "AWARD PROPOSALS" },
  "proposal.template.subtitle": {
    vi: "Không bắt buộc. Mỗi dòng một đề nghị; chọn Đối tượng, Hình thức đề nghị và Loại trong danh sách. Đơn vị không đề nghị thì để trống.",
    en: "Optional. One proposal a row; choose the recipient type, the award and the kind from the lists. Leave it empty when the unit proposes nothing.",
  },
  "proposal.template.subject": {
    vi: "Chọn Cá nhân hoặc Tập thể.",
    en: "Choose Cá nhân (individual) or Tập thể (collective).",
  },
  "proposal.template.award": {
    vi: "Chọn một hình thức khen thưởng trong danh sách.",
    en: "Choose an award from the list.",
  },
  "proposal.template.kind": {
    vi: "Chọn Thường xuyên hoặc Chuyên đề.",
    en: "Choose Thường xuyên (regular) or Chuyên đề (thematic).",
  },
  "proposal.template.guide": {
    vi: "11. Trang DeNghiKhenThuong (không bắt buộc): mỗi dòng một cá nhân hoặc tập thể được đề nghị, ghi đủ Họ và tên / Tên tập thể, Đối tượng, Chức vụ, đơn vị công tác (với cá nhân), Hình thức đề nghị, Loại và Thành tích. Dòng thiếu thông tin, ghi sai hình thức, trùng người hoặc vượt giới hạn của đơn vị không được tính, nhưng không ảnh hưởng đến báo cáo.",
    en: "11. Sheet DeNghiKhenThuong (optional): one proposed person or collective a row, with the name, the recipient type, the position and workplace (for a person), the award, the kind and the achievement. A row with something missing, an unknown award, a person twice or past the unit's limit is not counted, but does not affect the report.",
  },

  "proposal.result.sheet": { vi: "Đề nghị khen thưởng", en: "Award proposals" },
  "proposal.result.title": {
    vi: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG – {period}",
    en: "AWARD PROPOSALS – {period}",
  },
  "proposal.result.subtitle": {
    vi: "(Kèm theo Quyết định khen thưởng; tổng hợp từ đề nghị của các CĐCS được đưa vào tổng hợp)",
    en: "(Attached to the award decision; drawn from the proposals of the units included in the consolidation)",
  },
  "proposal.result.level.request": { vi: "Đề nghị {level} tặng", en: "Proposed to {level}" },
  "proposal.result.level.own": { vi: "{level} tặng", en: "Awarded by {level}" },
  "proposal.result.block": {
    vi: "{numeral}. {award} – {subject}",
    en: "{numeral}. {award} – {subject}",
  },
  "proposal.result.subject.individual": { vi: "Cá nhân", en: "Individuals" },
  "proposal.result.subject.collective": { vi: "Tập thể", en: "Collectives" },
  "proposal.result.kind.regular": { vi: "Khen thường xuyên", en: "Regular" },
  "proposal.result.kind.thematic": { vi: "Khen chuyên đề", en: "Thematic" },
  "proposal.result.col.no": { vi: "STT", en: "No." },
  "proposal.result.col.name": { vi: "Họ và tên / Tên tập thể", en: "Name" },
  "proposal.result.col.position": { vi: "Chức vụ, đơn vị công tác", en: "Position, workplace" },
  "proposal.result.col.unit": { vi: "CĐCS đề nghị", en: "Proposing union" },
  "proposal.result.col.achievement": { vi: "Thành tích", en: "Achievement" },
  "proposal.result.counts": { vi: "SỐ LƯỢNG ĐỀ NGHỊ", en: "NUMBER OF PROPOSALS" },
  "proposal.result.col.award": { vi: "Hình thức khen thưởng", en: "Award" },
  "proposal.result.col.collective": { vi: "Tập thể", en: "Collectives" },
  "proposal.result.col.individual": { vi: "Cá nhân", en: "Individuals" },
  "proposal.result.col.regular": { vi: "Thường xuyên", en: "Regular" },
  "proposal.result.col.thematic": { vi: "Chuyên đề", en: "Thematic" },
  "proposal.result.dropped": {
    vi: "ĐỀ NGHỊ KHÔNG ĐƯỢC TÍNH",
    en: "PROPOSALS NOT COUNTED",
  },
  "proposal.result.col.row": { vi: "Dòng", en: "Row" },
  "proposal.result.col.award-text": { vi: "Hình thức đề nghị", en: "Award proposed" },
  "proposal.result.col.reason": { vi: "Lý do", en: "Reason" },
  "proposal.result.none": {
    vi: "Không có đề nghị khen thưởng nào được tính.",
    en: "No award proposal is counted.",
  },
} as const satisfies TextCatalog;
