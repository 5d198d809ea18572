import { reportWorkbook, withProposals, type ProposalInput } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { proposalDuplicates } from "./proposalDuplicates";

const proposals = (...rows: ProposalInput[]) => withProposals(reportWorkbook(), rows);

const person = (name: string, position = "Kế toán", award = "GK CĐVC"): ProposalInput => [
  name,
  "Cá nhân",
  position,
  award,
  "Thường xuyên",
  "Hoàn thành xuất sắc nhiệm vụ",
];
const collective = (name: string, award = "GK CĐVC"): ProposalInput => [
  name,
  "Tập thể",
  null,
  award,
  "Chuyên đề",
  "Công tác nữ công",
];

testRule(proposalDuplicates, {
  valid: [
    { name: "a workbook without the sheet", grid: reportWorkbook() },
    { name: "different people", grid: proposals(person("Lê Văn An"), person("Trần Thị Bình")) },
    {
      name: "two people of one name in different positions",
      grid: proposals(person("Nguyễn Văn Hùng", "Kế toán"), person("Nguyễn Văn Hùng", "Bảo vệ")),
    },
    {
      name: "a repeat of a row dropped for its own problem",
      grid: proposals(person("Lê Văn An", "Kế toán", "Huân chương"), person("Lê Văn An")),
    },
  ],
  invalid: [
    {
      name: "the same person twice, at the later name cell",
      grid: proposals(person("Lê Văn An"), person("Trần Thị Bình"), person("LÊ VĂN AN")),
      findings: [["proposal.duplicate-person", "B6"]],
      messages: [
        "Ô B6 trang DeNghiKhenThuong: 'LÊ VĂN AN' đã được đề nghị ở dòng 4; dòng 6 không được tính.",
      ],
      severities: ["error"],
    },
    {
      name: "the same person for a Giấy khen and a Bằng khen",
      grid: proposals(person("Lê Văn An"), person("Lê Văn An", "Kế toán", "BK LĐLĐ")),
      findings: [["proposal.duplicate-person", "B5"]],
    },
    {
      name: "the unit's collective twice",
      grid: proposals(collective("CĐCS Sở Y tế"), collective("CĐCS Sở Y tế", "BK LĐLĐ")),
      findings: [["proposal.duplicate-person", "B5"]],
    },
  ],
});
