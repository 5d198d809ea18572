import { defaultRules, rulesToJson } from "../../core/rules";
import { FakeExcel } from "./testing/fakeExcel";
import { writeRulesSheet } from "./writeRulesSheet";

describe("writeRulesSheet", () => {
  it("writes one line of the JSON per row of column A, each as text", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "BaoCao" }] });
    const json = '{\n  "name": "=HYPERLINK(1)",\n  "limit": 90,\n  "on": true\n}\n';
    await writeRulesSheet(excel.context, json);
    const sheet = excel.sheet("CauHinh");
    expect(["A1", "A2", "A3", "A4", "A5"].map((a1) => sheet.cells.get(a1))).toEqual([
      { value: "{", numberFormat: "@" },
      { value: '  "name": "=HYPERLINK(1)",', numberFormat: "@" },
      { value: '  "limit": 90,', numberFormat: "@" },
      { value: '  "on": true', numberFormat: "@" },
      { value: "}", numberFormat: "@" },
    ]);
    expect(sheet.cells.has("A6")).toBe(false);
  });

  it("replaces the sheet the rules were written to before", async () => {
    const excel = new FakeExcel({
      sheets: [{ name: "CauHinh", cells: { A1: "{", A2: '  "old": 1', A3: "}", A4: "thừa" } }],
    });
    await writeRulesSheet(excel.context, rulesToJson(defaultRules));
    const sheet = excel.sheet("CauHinh");
    const lines = rulesToJson(defaultRules).replace(/\n$/, "").split("\n");
    expect(sheet.value("A1")).toBe("{");
    expect(sheet.value(`A${lines.length}`)).toBe("}");
    expect(sheet.cells.has(`A${lines.length + 1}`)).toBe(false);
    expect(excel.sheetNames()).toEqual(["CauHinh"]);
  });
});
