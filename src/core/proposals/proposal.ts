/**
 * The data of award proposals (DOMAIN.md, "Proposals from the units"): a row of the optional
 * sheet `DeNghiKhenThuong` as read, a proposal that counts, a row dropped with its problems.
 */
import type { proposalFindings } from "../messages/catalog/proposals";
import type { MessageParams } from "../messages/format";
import type { ProposalColumn } from "../report";

/**
 * Who a proposal is for: a person (Cá nhân) or the unit's own collective (Tập thể). The values
 * are the award catalogue's `recipients`.
 *
 * @example
 * const subject: ProposalSubject = "collective";
 */
export type ProposalSubject = "individual" | "collective";

/**
 * A regular (Thường xuyên) proposal, or a thematic one (Chuyên đề: for one campaign, such as
 * women's work).
 *
 * @example
 * const kind: ProposalKind = "thematic";
 */
export type ProposalKind = "regular" | "thematic";

/**
 * A finding code about a proposal row; every one starts with `proposal.`.
 *
 * @example
 * const code: ProposalFindingCode = "proposal.award-unknown";
 */
export type ProposalFindingCode = keyof typeof proposalFindings;

/**
 * What one row of `DeNghiKhenThuong` says, as read: texts trimmed ("" when blank); the subject,
 * the award (its catalogue name) and the kind null when the cell does not read as one.
 * `awardText` is the award as the unit typed it; `cells` the A1 address of each column's cell.
 *
 * @example
 * const fields: ProposalFields = {
 *   sheet: "DeNghiKhenThuong", row: 5, name: "Nguyễn Thị Lan", subject: "individual",
 *   position: "Kế toán, Sở Y tế", award: "Giấy khen của CĐVC tỉnh", awardText: "GK CĐVC",
 *   kind: "regular", achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2024",
 *   cells: { stt: "A5", name: "B5", subject: "C5", position: "D5", award: "E5", kind: "F5", achievement: "G5" },
 * };
 */
export interface ProposalFields {
  readonly sheet: string;
  /** The 1-based row number on the sheet. */
  readonly row: number;
  readonly name: string;
  readonly subject: ProposalSubject | null;
  readonly position: string;
  readonly award: string | null;
  readonly awardText: string;
  readonly kind: ProposalKind | null;
  readonly achievement: string;
  readonly cells: Readonly<Record<ProposalColumn, string>>;
}

/**
 * A proposal row that reads completely: a subject, an award of the catalogue and a kind.
 *
 * @example
 * const proposal: Proposal = { ...fields, subject: "individual", award: "Giấy khen của CĐVC tỉnh", kind: "regular" };
 */
export interface Proposal extends ProposalFields {
  readonly subject: ProposalSubject;
  readonly award: string;
  readonly kind: ProposalKind;
}

/**
 * Why a row does not count: a finding code of the catalog, the cell it points at, and the values
 * of its message (the message is rendered where the unit's file and language are known).
 *
 * @example
 * const problem: ProposalProblem = { code: "proposal.award-unknown", sheet: "DeNghiKhenThuong",
 *   cell: "E7", params: { row: 7, text: "Bằng khen UBND", awards: "…" } };
 */
export interface ProposalProblem {
  readonly code: ProposalFindingCode;
  readonly sheet: string;
  readonly cell: string;
  readonly params: MessageParams;
}

/**
 * A row that does not count, with every problem found on it (at least one).
 *
 * @example
 * const dropped: DroppedProposal = { ...fields, problems: [problem] };
 */
export interface DroppedProposal extends ProposalFields {
  readonly problems: readonly ProposalProblem[];
}

/**
 * The proposals of one unit's sheet: those that count and those dropped, each in sheet order.
 * A workbook without the sheet (or without its table) has neither.
 *
 * @example
 * const none: ProposalReading = { proposals: [], dropped: [] };
 */
export interface ProposalReading {
  readonly proposals: readonly Proposal[];
  readonly dropped: readonly DroppedProposal[];
}
