import type { Finding } from "../../core/findings/finding";
import type { BatchEntry, BatchFile } from "../../core/validation";
import { planAnnotations } from "./planAnnotations";

function finding(file: string, code = "x.y"): Finding {
  return { code, severity: "error", file, sheet: "BaoCao", cell: "F14", message: "m", hint: "h" };
}

function file(name: string, code: string | null, findings: Finding[]): BatchFile {
  return {
    file: name,
    status: findings.length > 0 ? "errors" : "ok",
    unit: code === null ? null : { code, name: `CĐCS ${code}`, period: "Năm 2024" },
    findings,
    replacedBy: null,
    included: findings.length === 0,
  };
}

/** An entry the reader opened (with a unit or not), or one it refused (findings only). */
function entry(name: string, opened: boolean): BatchEntry {
  return opened
    ? { file: name, result: { unit: null, findings: [] } }
    : { file: name, result: { findings: [finding(name, "file.damaged")] } };
}

describe("planAnnotations", () => {
  it("gives a copy to each readable file with findings, nothing to a clean one, a listing to a refused one", () => {
    const files = [
      file("CD001.xlsx", "CD001", [finding("CD001.xlsx")]),
      file("CD002.xlsx", "CD002", []),
      file("hong.xlsx", null, [finding("hong.xlsx", "file.damaged")]),
      file("khong-ma.xlsx", null, [finding("khong-ma.xlsx", "form.field-missing")]),
    ];
    const plans = planAnnotations(files, [
      entry("CD001.xlsx", true),
      entry("CD002.xlsx", true),
      entry("hong.xlsx", false),
      entry("khong-ma.xlsx", true),
    ]);
    expect(plans.map((p) => [p.file, p.kind, p.kind === "copy" ? p.copyName : null])).toEqual([
      ["CD001.xlsx", "copy", "CD001-kiem-tra.xlsx"],
      ["CD002.xlsx", "clean", null],
      ["hong.xlsx", "unreadable", null],
      ["khong-ma.xlsx", "copy", "khong-ma-kiem-tra.xlsx"],
    ]);
    expect(plans[0]).toMatchObject({
      unit: { code: "CD001", name: "CĐCS CD001" },
      findings: files[0]!.findings,
    });
    expect(plans[2]).toMatchObject({ findings: files[2]!.findings });
  });

  it("numbers the copies of a unit that sent two files, the replaced one included", () => {
    const replaced = {
      ...file("CD003.xlsx", "CD003", [finding("CD003.xlsx", "unit.replaced")]),
      replacedBy: "CD003b.xlsx",
    };
    const later = file("CD003b.xlsx", "CD003", [finding("CD003b.xlsx")]);
    const plans = planAnnotations(
      [replaced, later],
      [entry("CD003.xlsx", true), entry("CD003b.xlsx", true)],
    );
    expect(plans.map((p) => (p.kind === "copy" ? p.copyName : p.kind))).toEqual([
      "CD003-kiem-tra.xlsx",
      "CD003-kiem-tra-2.xlsx",
    ]);
  });
});
