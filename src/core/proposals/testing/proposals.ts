/**
 * Builders of proposals for jest tests of this folder and of the modules that use proposals.
 * For tests only.
 */
import type { Proposal, ProposalKind, ProposalSubject } from "../proposal";

/**
 * A counted proposal of an award (its catalogue name), on row 5 of the sheet unless `fields`
 * say otherwise.
 *
 * @example
 * proposalOf("Giấy khen của CĐVC tỉnh", "individual", "thematic", { name: "Lê Văn An" })
 */
export function proposalOf(
  award: string,
  subject: ProposalSubject,
  kind: ProposalKind = "regular",
  fields: Partial<Proposal> = {},
): Proposal {
  const row = fields.row ?? 5;
  return {
    sheet: "DeNghiKhenThuong",
    row,
    name: subject === "individual" ? `Người đề nghị ${row}` : `Tập thể ${row}`,
    subject,
    position: subject === "individual" ? "Chuyên viên" : "",
    award,
    awardText: award,
    kind,
    achievement: "Hoàn thành xuất sắc nhiệm vụ",
    cells: {
      stt: `A${row}`,
      name: `B${row}`,
      subject: `C${row}`,
      position: `D${row}`,
      award: `E${row}`,
      kind: `F${row}`,
      achievement: `G${row}`,
    },
    ...fields,
  };
}

/**
 * `total` proposals of an award for one kind of recipient on consecutive rows from `firstRow`,
 * the first `thematic` of them thematic.
 *
 * @example
 * proposalsOf("Bằng khen của LĐLĐ tỉnh", "collective", 10, 4) // 10 proposals, 4 thematic
 */
export function proposalsOf(
  award: string,
  subject: ProposalSubject,
  total: number,
  thematic = 0,
  firstRow = 5,
): Proposal[] {
  return Array.from({ length: total }, (_, i) =>
    proposalOf(award, subject, i < thematic ? "thematic" : "regular", { row: firstRow + i }),
  );
}
