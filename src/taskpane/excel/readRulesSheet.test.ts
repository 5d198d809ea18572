import { defaultRules, parseRulesText, rulesToJson } from "../../core/rules";
import { readRulesSheet } from "./readRulesSheet";
import { FakeExcel } from "./testing/fakeExcel";
import { writeRulesSheet } from "./writeRulesSheet";

describe("readRulesSheet", () => {
  it("reads back exactly the rules writeRulesSheet wrote, valid for the same schema", async () => {
    const rules = { ...defaultRules, thresholds: { HTXS: 85, HTT: 70, HT: 50 } };
    const excel = new FakeExcel({ sheets: [{ name: "BaoCao" }] });
    await writeRulesSheet(excel.context, rulesToJson(rules));
    const json = await readRulesSheet(excel.context);
    expect(json).toBe(rulesToJson(rules).replace(/\n$/, ""));
    const parsed = parseRulesText(json!, "CauHinh");
    expect(parsed.findings).toEqual([]);
    expect(parsed.rules).toEqual(rules);
  });

  it("gives the same findings as a rules file when a line was edited wrongly", async () => {
    const excel = new FakeExcel({
      sheets: [
        {
          name: "CauHinh",
          cells: { A1: "{", A2: '  "thresholds": { "HTXS": 60, "HTT": 70, "HT": 50 }', A3: "}" },
        },
      ],
    });
    const json = await readRulesSheet(excel.context);
    const { rules, findings } = parseRulesText(json!, "CauHinh");
    expect(rules).toBeNull();
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["config.thresholds-order", "thresholds.HTT"],
    ]);
  });

  it.each([
    ["no rules sheet", [{ name: "BaoCao", cells: { A1: "{" } }]],
    ["an empty rules sheet", [{ name: "CauHinh" }]],
    ["a rules sheet with nothing in column A", [{ name: "CauHinh", cells: { B1: "{" } }]],
    ["a rules sheet without JSON", [{ name: "CauHinh", cells: { A1: "ghi chú" } }]],
  ])("gives null for %s", async (_name, sheets) => {
    expect(await readRulesSheet(new FakeExcel({ sheets }).context)).toBeNull();
  });

  it("reads the result workbook's Cấu hình sheet, skipping its title and note", async () => {
    const excel = new FakeExcel({
      sheets: [
        {
          name: "Cấu hình",
          cells: {
            A1: "CẤU HÌNH – Năm 2024",
            A2: "Ghi chú: ...",
            A4: "{",
            A5: '  "version": 1',
            A6: "}",
          },
        },
      ],
    });
    expect(await readRulesSheet(excel.context)).toBe('{\n  "version": 1\n}');
  });

  it("keeps empty rows inside the JSON as empty lines, and starts where the used range starts", async () => {
    const excel = new FakeExcel({
      sheets: [{ name: "CauHinh", cells: { A3: "{", A5: '  "version": 1', A6: "}" } }],
    });
    expect(await readRulesSheet(excel.context)).toBe('{\n\n  "version": 1\n}');
  });
});
