import { reportWorkbook, withProposals, type ProposalInput } from "../../../test/support/grid";
import { extractReport } from "../report";
import { defaultRules } from "../rules";
import { readProposals } from "./readProposals";

const read = (inputs: readonly ProposalInput[], members: number | null = 100) =>
  readProposals(
    extractReport(withProposals(reportWorkbook(), inputs), "cd001.xlsx").report.proposals,
    defaultRules,
    members,
  );

const gk = (name: string, kind = "Thường xuyên"): ProposalInput => [
  name,
  "Cá nhân",
  "Chuyên viên",
  "Giấy khen CĐVC",
  kind,
  "Hoàn thành xuất sắc nhiệm vụ",
];

describe("readProposals", () => {
  it("proposes nothing without the sheet", () => {
    const { report } = extractReport(reportWorkbook(), "cd001.xlsx");
    expect(readProposals(report.proposals, defaultRules, 100)).toEqual({
      proposals: [],
      dropped: [],
    });
  });

  it("proposes nothing from a sheet with only its header", () => {
    expect(read([])).toEqual({ proposals: [], dropped: [] });
  });

  it("counts the rows that pass every step, in sheet order", () => {
    const { proposals, dropped } = read([gk("Lê Văn An"), gk("Trần Thị Bình", "Chuyên đề")]);
    expect(proposals.map((p) => [p.row, p.name, p.kind])).toEqual([
      [4, "Lê Văn An", "regular"],
      [5, "Trần Thị Bình", "thematic"],
    ]);
    expect(dropped).toEqual([]);
  });

  it("drops each broken row with its problems, in row order", () => {
    const { proposals, dropped } = read(
      [
        gk("Lê Văn An"),
        ["Trần Thị Bình", "Cá nhân", "Chuyên viên", "Huân chương", "Thường xuyên", "x"],
        gk("Phạm Văn Cường"),
        gk("Lê Văn An"),
        gk("Đỗ Thị Dung"),
      ],
      20,
    );
    expect(proposals.map((p) => p.row)).toEqual([4, 6]);
    expect(dropped.map((d) => [d.row, d.problems.map((p) => [p.code, p.cell])])).toEqual([
      [5, [["proposal.award-unknown", "E5"]]],
      [7, [["proposal.duplicate-person", "B7"]]],
      [8, [["proposal.over-limit", "E8"]]],
    ]);
  });

  it("lets neither a broken row nor a duplicate use up a limit", () => {
    // 20 members: 2 individual Giấy khen.
    const { proposals, dropped } = read(
      [
        gk("Lê Văn An"),
        ["Trần Thị Bình", "Cá nhân", null, "GK CĐVC", "Thường xuyên", "x"],
        gk("Lê Văn An"),
        gk("Phạm Văn Cường"),
      ],
      20,
    );
    expect(proposals.map((p) => p.name)).toEqual(["Lê Văn An", "Phạm Văn Cường"]);
    expect(dropped.map((d) => d.problems[0]?.code)).toEqual([
      "proposal.field-empty",
      "proposal.duplicate-person",
    ]);
  });

  it("keeps a later valid row when an earlier row of the same person was broken", () => {
    const { proposals, dropped } = read([
      ["Lê Văn An", "Cá nhân", "Chuyên viên", "Huân chương", "Thường xuyên", "x"],
      gk("Lê Văn An"),
    ]);
    expect(proposals.map((p) => p.row)).toEqual([5]);
    expect(dropped.map((d) => d.problems.map((p) => p.code))).toEqual([["proposal.award-unknown"]]);
  });
});
