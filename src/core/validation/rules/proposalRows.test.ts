import {
  reportWorkbook,
  withCells,
  withProposals,
  type ProposalInput,
} from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { proposalRows } from "./proposalRows";

const proposals = (...rows: ProposalInput[]) => withProposals(reportWorkbook(), rows);

const LAN: ProposalInput = [
  "Nguyễn Thị Lan",
  "Cá nhân",
  "Kế toán, Sở Y tế",
  "GK CĐVC",
  "Thường xuyên",
  "Hoàn thành xuất sắc nhiệm vụ năm 2024",
];
const OFFICE: ProposalInput = [
  "Phòng Tổ chức",
  "Tập thể",
  null,
  "Bằng khen LĐLĐ tỉnh",
  "Chuyên đề",
  "Công tác nữ công",
];

testRule(proposalRows, {
  valid: [
    { name: "a workbook without the sheet", grid: reportWorkbook() },
    { name: "a sheet with only its header", grid: proposals() },
    { name: "a person and a collective, each complete", grid: proposals(LAN, OFFICE) },
    {
      name: "rows numbered in STT and nothing else, which are no proposals",
      grid: withCells(proposals(LAN), "DeNghiKhenThuong", { A5: 2, A6: 3 }),
    },
    {
      name: "a duplicate and a row past the limit, which other rules report",
      grid: withCells(
        proposals(LAN, LAN, ["Lê Văn An", "Cá nhân", "Bảo vệ", "GK CĐVC", "Thường xuyên", "x"]),
        "BaoCao",
        { F13: 10 },
      ),
    },
  ],
  invalid: [
    {
      name: "an empty name, at its cell, with the row in the message",
      grid: proposals([null, "Cá nhân", "Kế toán", "GK CĐVC", "Thường xuyên", "x"]),
      findings: [["proposal.field-empty", "B4"]],
      messages: [
        "Ô B4 trang DeNghiKhenThuong: đề nghị ở dòng 4 chưa ghi 'Họ và tên / Tên tập thể'; dòng này không được tính.",
      ],
      severities: ["error"],
    },
    {
      name: "a person without a position",
      grid: proposals(OFFICE, ["Lê Văn An", "Cá nhân", "", "GK CĐVC", "Thường xuyên", "x"]),
      findings: [["proposal.field-empty", "D5"]],
    },
    {
      name: "an unknown subject",
      grid: proposals(["Lê Văn An", "Đoàn viên", "Kế toán", "GK CĐVC", "Thường xuyên", "x"]),
      findings: [["proposal.subject-unknown", "C4"]],
    },
    {
      name: "an award the catalogue does not have",
      grid: proposals(LAN, [
        "Lê Văn An",
        "Cá nhân",
        "Kế toán",
        "Bằng khen UBND",
        "Thường xuyên",
        "x",
      ]),
      findings: [["proposal.award-unknown", "E5"]],
      messages: [
        "Ô E5 trang DeNghiKhenThuong: hình thức 'Bằng khen UBND' không có trong danh mục khen thưởng; dòng 5 không được tính.",
      ],
    },
    {
      name: "an unknown kind",
      grid: proposals(["Lê Văn An", "Cá nhân", "Kế toán", "GK CĐVC", "Đột xuất", "x"]),
      findings: [["proposal.kind-unknown", "F4"]],
    },
    {
      name: "a flag for a person",
      grid: proposals(["Lê Văn An", "Cá nhân", "Kế toán", "Cờ thi đua", "Thường xuyên", "x"]),
      findings: [["proposal.recipient-not-allowed", "E4"]],
      messages: [
        "Ô E4 trang DeNghiKhenThuong: 'Cờ thi đua của LĐLĐ tỉnh' chỉ tặng cho đối tượng 'Tập thể', không tặng cho 'Cá nhân'; dòng 4 không được tính.",
      ],
    },
    {
      name: "problems on two rows, in row then column order",
      grid: proposals(["Lê Văn An", "", "Kế toán", "Huân chương", "Thường xuyên", "x"], LAN, [
        "Phòng Kế toán",
        "Tập thể",
        null,
        "GK CĐVC",
        "",
        "",
      ]),
      findings: [
        ["proposal.field-empty", "C4"],
        ["proposal.award-unknown", "E4"],
        ["proposal.field-empty", "F6"],
        ["proposal.field-empty", "G6"],
      ],
    },
  ],
});
