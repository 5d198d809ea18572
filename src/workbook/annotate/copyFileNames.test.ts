import { copyFileNames } from "./copyFileNames";

describe("copyFileNames", () => {
  it.each<[string, Array<[string, string | null]>, string[]]>([
    ["names a copy with the unit's code", [["CD008.xlsx", "CD008"]], ["CD008-kiem-tra.xlsx"]],
    [
      "falls back to the original base name when the code is unknown",
      [["folder/Báo cáo năm.xlsx", null]],
      ["Báo_cáo_năm-kiem-tra.xlsx"],
    ],
    [
      "takes the base name after a Windows separator",
      [["C:\\in\\bc.xlsm", ""]],
      ["bc-kiem-tra.xlsx"],
    ],
    [
      "numbers two copies from one unit in the order given",
      [
        ["a.xlsx", "CD008"],
        ["b.xlsx", "CD008"],
        ["c.xlsx", "CD008"],
      ],
      ["CD008-kiem-tra.xlsx", "CD008-kiem-tra-2.xlsx", "CD008-kiem-tra-3.xlsx"],
    ],
    [
      "treats names differing only in case as one, as Windows and macOS do",
      [
        ["a.xlsx", "cd008"],
        ["b.xlsx", "CD008"],
      ],
      ["cd008-kiem-tra.xlsx", "CD008-kiem-tra-2.xlsx"],
    ],
    [
      "keeps a code that tries to leave the output folder inside it",
      [["a.xlsx", "../../etc/passwd"]],
      ["etc_passwd-kiem-tra.xlsx"],
    ],
    [
      "drops characters no file system takes",
      [["a.xlsx", 'CD:0*0?8<>|"']],
      ["CD_0_0_8-kiem-tra.xlsx"],
    ],
    [
      "falls back to the file when the code has nothing usable",
      [["bc.xlsx", "///"]],
      ["bc-kiem-tra.xlsx"],
    ],
    [
      "uses a plain name when neither has anything usable",
      [["....xlsx", null]],
      ["bao-cao-kiem-tra.xlsx"],
    ],
    [
      "cuts a very long code to 80 characters",
      [["a.xlsx", "X".repeat(300)]],
      [`${"X".repeat(80)}-kiem-tra.xlsx`],
    ],
  ])("%s", (_, sources, expected) => {
    expect(copyFileNames(sources.map(([file, unitCode]) => ({ file, unitCode })))).toEqual(
      expected,
    );
  });
});
