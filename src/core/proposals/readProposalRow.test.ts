import { reportWorkbook, withProposals, type ProposalInput } from "../../../test/support/grid";
import { extractReport } from "../report";
import { defaultRules } from "../rules";
import { readProposalRow } from "./readProposalRow";

/** Reads the first proposal row (sheet row 4) of a sheet holding only `input`. */
function read(input: ProposalInput) {
  const { report } = extractReport(withProposals(reportWorkbook(), [input]), "cd001.xlsx");
  const row = report.proposals?.rows[0];
  if (!row) throw new Error("no proposal row");
  return readProposalRow(row, defaultRules.awards);
}

const problems = (input: ProposalInput) =>
  read(input).problems.map((p) => [p.code, p.cell, p.params]);

const LAN: ProposalInput = [
  "Nguyễn Thị Lan",
  "Cá nhân",
  "Kế toán, Sở Y tế",
  "GK CĐVC",
  "Thường xuyên",
  "Hoàn thành xuất sắc nhiệm vụ năm 2024",
];

describe("readProposalRow", () => {
  it("reads a complete row, the award by its alias, with every cell's address", () => {
    expect(read(LAN)).toEqual({
      fields: {
        sheet: "DeNghiKhenThuong",
        row: 4,
        name: "Nguyễn Thị Lan",
        subject: "individual",
        position: "Kế toán, Sở Y tế",
        award: "Giấy khen của CĐVC tỉnh",
        awardText: "GK CĐVC",
        kind: "regular",
        achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2024",
        cells: {
          stt: "A4",
          name: "B4",
          subject: "C4",
          position: "D4",
          award: "E4",
          kind: "F4",
          achievement: "G4",
        },
      },
      problems: [],
    });
  });

  it.each<[string, ProposalInput]>([
    [
      "a collective without a position",
      ["Phòng Kế toán", "Tập thể", null, "Bằng khen LĐLĐ", "Chuyên đề", "Công tác nữ công"],
    ],
    [
      "words without diacritics, in capitals, with extra spaces",
      ["Phòng Kế toán", "TAP  THE", "", "co thi dua", "chuyen de", "Dẫn đầu cụm"],
    ],
    [
      "the award by its full name",
      ["Lê Văn An", "Cá nhân", "Kế toán", "Bằng khen của Tổng Liên đoàn", "Thường xuyên", "x"],
    ],
  ])("accepts %s", (_what, input) => {
    expect(problems(input)).toEqual([]);
  });

  it.each<[string, ProposalInput, unknown[][]]>([
    [
      "an empty name",
      [null, "Cá nhân", "Kế toán", "GK CĐVC", "Thường xuyên", "x"],
      [["proposal.field-empty", "B4", { row: 4, label: "Họ và tên / Tên tập thể" }]],
    ],
    [
      "a person without a position",
      ["Lê Văn An", "Cá nhân", "  ", "GK CĐVC", "Thường xuyên", "x"],
      [["proposal.field-empty", "D4", { row: 4, label: "Chức vụ, đơn vị công tác" }]],
    ],
    [
      "an empty achievement",
      ["Lê Văn An", "Cá nhân", "Kế toán", "GK CĐVC", "Thường xuyên", null],
      [["proposal.field-empty", "G4", { row: 4, label: "Thành tích" }]],
    ],
    [
      "an unknown subject",
      ["Lê Văn An", "Nhóm", "Kế toán", "GK CĐVC", "Thường xuyên", "x"],
      [["proposal.subject-unknown", "C4", { row: 4, text: "Nhóm" }]],
    ],
    [
      "an award the catalogue does not have",
      ["Lê Văn An", "Cá nhân", "Kế toán", "Bằng khen UBND tỉnh", "Thường xuyên", "x"],
      [
        [
          "proposal.award-unknown",
          "E4",
          {
            row: 4,
            text: "Bằng khen UBND tỉnh",
            awards: defaultRules.awards.map((a) => a.name).join("; "),
          },
        ],
      ],
    ],
    [
      "an unknown kind",
      ["Lê Văn An", "Cá nhân", "Kế toán", "GK CĐVC", "Đột xuất", "x"],
      [["proposal.kind-unknown", "F4", { row: 4, text: "Đột xuất" }]],
    ],
    [
      "a flag proposed for a person",
      ["Lê Văn An", "Cá nhân", "Kế toán", "Cờ thi đua", "Thường xuyên", "x"],
      [
        [
          "proposal.recipient-not-allowed",
          "E4",
          { row: 4, award: "Cờ thi đua của LĐLĐ tỉnh", allowed: "Tập thể", subject: "Cá nhân" },
        ],
      ],
    ],
    [
      "a medal proposed for a collective",
      ["Phòng Kế toán", "Tập thể", null, "Kỷ niệm chương", "Thường xuyên", "x"],
      [
        [
          "proposal.recipient-not-allowed",
          "E4",
          {
            row: 4,
            award: "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
            allowed: "Cá nhân",
            subject: "Tập thể",
          },
        ],
      ],
    ],
    [
      "several problems, in column order",
      ["", "", "Kế toán", "Huân chương", "", "x"],
      [
        ["proposal.field-empty", "B4", { row: 4, label: "Họ và tên / Tên tập thể" }],
        ["proposal.field-empty", "C4", { row: 4, label: "Đối tượng" }],
        [
          "proposal.award-unknown",
          "E4",
          {
            row: 4,
            text: "Huân chương",
            awards: defaultRules.awards.map((a) => a.name).join("; "),
          },
        ],
        ["proposal.field-empty", "F4", { row: 4, label: "Loại" }],
      ],
    ],
  ])("reports %s", (_what, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it("keeps what it could read of a broken row, for the list of rows not counted", () => {
    const { fields } = read(["Lê Văn An", "Nhóm", "Kế toán", "BK TLĐ", "Đột xuất", "x"]);
    expect(fields).toMatchObject({
      name: "Lê Văn An",
      subject: null,
      award: "Bằng khen của Tổng Liên đoàn",
      awardText: "BK TLĐ",
      kind: null,
    });
  });
});
