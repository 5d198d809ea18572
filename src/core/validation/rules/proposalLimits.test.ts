import {
  reportWorkbook,
  withCells,
  withProposals,
  type ProposalInput,
} from "../../../../test/support/grid";
import { defaultRules, type Rules } from "../../rules";
import { testRule } from "../testing/ruleTester";
import { proposalLimits } from "./proposalLimits";

/** The form with DV02 (members, F13) set and these proposals. */
const unit = (members: number | string | null, ...rows: ProposalInput[]) =>
  withCells(withProposals(reportWorkbook(), rows), "BaoCao", { F13: members });

const gk = (name: string, subject = "Cá nhân", kind = "Thường xuyên"): ProposalInput => [
  name,
  subject,
  subject === "Cá nhân" ? "Chuyên viên" : null,
  "Giấy khen của CĐVC tỉnh",
  kind,
  "Hoàn thành xuất sắc nhiệm vụ",
];
const people = (n: number) => Array.from({ length: n }, (_, i) => gk(`Người số ${i + 1}`));

/** The default catalogue with the unit's collective Bằng khen of LĐLĐ tỉnh limited to one. */
const oneCollectiveMerit: Rules = {
  ...defaultRules,
  awards: defaultRules.awards.map((award) =>
    award.name === "Bằng khen của LĐLĐ tỉnh"
      ? { ...award, perUnitLimits: [{ recipient: "collective", count: 1 }] }
      : award,
  ),
};
const merit = (name: string): ProposalInput => [name, "Tập thể", null, "BK LĐLĐ", "Chuyên đề", "x"];

testRule(proposalLimits, {
  valid: [
    { name: "a workbook without the sheet", grid: reportWorkbook() },
    {
      name: "3 individual Giấy khen for 25 members (10% rounded up)",
      grid: unit(25, ...people(3)),
    },
    { name: "3 for 30 members, exactly the limit", grid: unit(30, ...people(3)) },
    {
      name: "collective Giấy khen, which have no default limit",
      grid: unit(5, gk("Phòng A", "Tập thể"), gk("Phòng B", "Tập thể")),
    },
    {
      name: "members typed as text, read as a number",
      grid: unit("2.686", ...people(12)),
    },
    { name: "members unreadable: no limit is guessed", grid: unit("khoảng 20", ...people(5)) },
    {
      name: "a configured count limit, kept",
      grid: unit(25, merit("Phòng A")),
      rules: oneCollectiveMerit,
    },
  ],
  invalid: [
    {
      name: "a fourth individual Giấy khen for 25 members, at its award cell",
      grid: unit(25, ...people(4)),
      findings: [["proposal.over-limit", "E7"]],
      messages: [
        "Ô E7 trang DeNghiKhenThuong: đơn vị được đề nghị tối đa 3 'Giấy khen của CĐVC tỉnh' cho đối tượng 'Cá nhân'; dòng 7 là đề nghị thứ 4, không được tính.",
      ],
      severities: ["error"],
    },
    {
      name: "every row past the limit, thematic ones counted too",
      grid: unit(10, gk("A"), gk("B", "Cá nhân", "Chuyên đề"), gk("C", "Cá nhân", "Chuyên đề")),
      findings: [
        ["proposal.over-limit", "E5"],
        ["proposal.over-limit", "E6"],
      ],
    },
    {
      name: "a configured count limit, passed",
      grid: unit(25, merit("Phòng A"), merit("Phòng B")),
      rules: oneCollectiveMerit,
      findings: [["proposal.over-limit", "E5"]],
    },
  ],
});
