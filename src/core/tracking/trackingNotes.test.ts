import { makeFinding } from "../findings/makeFinding";
import { errorFinding, lateFinding } from "./testing/submitted";
import { trackingNotes } from "./trackingNotes";

const asText = makeFinding(
  "number.as-text",
  { file: "a.xlsx", sheet: "BaoCao", cell: "F14" },
  { text: "1,6 tỷ", value: "1600" },
);

describe("trackingNotes", () => {
  it.each<[string, Parameters<typeof trackingNotes>[0], string[]]>([
    ["nothing for a report on time", { state: "on-time", findings: [asText] }, []],
    [
      "a late report's date and the deadline",
      { state: "late", findings: [asText, lateFinding("a.xlsx")] },
      ["Ngày báo cáo 20/01/2025, sau hạn 15/01/2025"],
    ],
    [
      "the number of errors and the first one's message",
      { state: "errors", findings: [asText, errorFinding("a.xlsx"), errorFinding("a.xlsx")] },
      ["2 lỗi, ví dụ: Ô F14 trang BaoCao: 'khoảng 20' không phải là số."],
    ],
    [
      "the report's own name and the files not used",
      {
        state: "on-time",
        findings: [],
        submittedName: "Công đoàn Sở Y tế",
        otherFiles: ["a-2023.xlsx", "a-ban2.xlsx"],
      },
      [
        "Tên trong báo cáo: Công đoàn Sở Y tế",
        "Tệp khác của đơn vị không được dùng: a-2023.xlsx, a-ban2.xlsx",
      ],
    ],
    ["nothing for a unit that sent nothing", { state: "missing", findings: [] }, []],
  ])("gives %s", (_name, unit, notes) => {
    expect(trackingNotes(unit)).toEqual(notes);
  });

  it("writes the notes in English when asked", () => {
    expect(trackingNotes({ state: "late", findings: [lateFinding("a.xlsx")] }, "en")).toEqual([
      "Report dated 20/01/2025, after the deadline 15/01/2025",
    ]);
  });
});
