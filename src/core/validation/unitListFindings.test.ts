import { reportWorkbook } from "../../../test/support/grid";
import { defaultRules } from "../rules";
import type { ExpectedUnit } from "../units/expectedUnit";
import { validateBatch } from "./batch";
import { unitListFindings } from "./unitListFindings";
import { validateWorkbook } from "./validateWorkbook";

const LIST: ExpectedUnit[] = [
  { code: "CD001", name: "Công đoàn Sở Y tế", membership: "direct" },
  { code: "cd002", name: "CĐCS Trường THPT số 2", cluster: "Cụm 2", membership: "member" },
];

function unitOf(options: Parameters<typeof reportWorkbook>[0]) {
  const result = validateWorkbook(reportWorkbook(options), "a.xlsx", defaultRules);
  return result.unit;
}

const findings = (options: Parameters<typeof reportWorkbook>[0], list = LIST, lang?: "en") =>
  unitListFindings(unitOf(options), "a.xlsx", list, lang).map((f) => [
    f.code,
    f.severity,
    f.sheet,
    f.cell,
  ]);

describe("unitListFindings", () => {
  it.each<[string, Parameters<typeof reportWorkbook>[0], (string | null)[][]]>([
    ["nothing for a unit on the list under its name", { code: "CD001" }, []],
    [
      "nothing for a name that differs in case and spacing only",
      { code: "CD002", name: "cđcs  trường thpt SỐ 2" },
      [],
    ],
    [
      "a warning at Mã đơn vị for a code not on the list",
      { code: "CD099" },
      [["unit.not-on-list", "warning", "BaoCao", "C3"]],
    ],
    [
      "a warning at Tên công đoàn cơ sở for another name",
      { code: "cd001", name: "CĐCS Sở Y tế" },
      [["unit.name-differs", "warning", "BaoCao", "C4"]],
    ],
    ["nothing for a unit without a code", { code: "" }, []],
  ])("gives %s", (_name, options, expected) => {
    expect(findings(options)).toEqual(expected);
  });

  it("gives nothing without a list", () => {
    expect(findings({ code: "CD099" }, [])).toEqual([]);
    expect(unitListFindings(unitOf({ code: "CD099" }), "a.xlsx", undefined)).toEqual([]);
    expect(unitListFindings(null, "a.xlsx", LIST)).toEqual([]);
  });

  it("shows both names in the message", () => {
    const [finding] = unitListFindings(unitOf({ name: "CĐCS Sở Y tế" }), "a.xlsx", LIST);
    expect(finding?.message).toBe(
      "Ô C4 trang BaoCao: tên đơn vị 'CĐCS Sở Y tế' khác tên trong danh sách 'Công đoàn Sở Y tế' (mã CD001).",
    );
  });

  it("is checked by validateBatch with the rules' list, and keeps the unit in", () => {
    const rules = { ...defaultRules, units: LIST };
    const entries = [
      {
        file: "a.xlsx",
        result: validateWorkbook(reportWorkbook({ code: "CD001" }), "a.xlsx", rules),
      },
      {
        file: "b.xlsx",
        result: validateWorkbook(reportWorkbook({ code: "CD077" }), "b.xlsx", rules),
      },
    ];
    const batch = validateBatch(entries, rules);
    expect(
      batch.files.map((f) => [
        f.file,
        f.status,
        f.included,
        f.findings.map((x) => `${x.code}@${x.cell}`),
      ]),
    ).toEqual([
      ["a.xlsx", "ok", true, []],
      ["b.xlsx", "warnings", true, ["unit.not-on-list@C3"]],
    ]);
  });
});
