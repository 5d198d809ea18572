import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../core/messages/format";
import { defaultRules } from "../../core/rules";
import { checkInputFile } from "./checkInputFile";
import type { CheckSetup } from "./checkProtocol";
import { tempFolder, writeUnits } from "./testing/unitFiles";

const folder = tempFolder("input");
afterAll(() => folder.remove());

const codesOf = (checked: ReturnType<typeof checkInputFile>) =>
  checked.entry.result.findings.map((f) => [f.code, f.severity]);

const setup = (lang: Lang, withHash: boolean): CheckSetup => ({
  rules: defaultRules,
  lang,
  withHash,
  values: true,
});

describe("checkInputFile", () => {
  it("checks a workbook from disk into a slim entry, with the hash of its bytes when asked", async () => {
    const [input] = await writeUnits(folder.path, 1);
    const checked = checkInputFile(input!, setup("vi", true));
    const unit = "unit" in checked.entry.result ? checked.entry.result.unit : null;
    expect(unit?.code).toBe("CD001");
    expect(unit?.report.indicators).toBeNull();
    expect(checked.entry.result.findings).toEqual([]);
    const expected = createHash("sha256").update(readFileSync(input!.path)).digest("hex");
    expect(checked.hash).toBe(expected);
    expect(checkInputFile(input!, setup("vi", false)).hash).toBeNull();
  });

  it("refuses a file over the size limit without reading it", () => {
    const input = { path: join(folder.path, "khong-ton-tai.xlsx"), name: "lon.xlsx", size: 21e6 };
    const checked = checkInputFile(input, setup("vi", true));
    expect(codesOf(checked)).toEqual([["file.too-large", "error"]]);
    expect(checked.hash).toBeNull();
  });

  it("gives a file the disk will not hand over one file.unreadable naming it", () => {
    const input = { path: join(folder.path, "da-xoa.xlsx"), name: "da-xoa.xlsx", size: 100 };
    const checked = checkInputFile(input, setup("en", true));
    expect(codesOf(checked)).toEqual([["file.unreadable", "error"]]);
    expect(checked.entry.result.findings[0]!.message).toContain("da-xoa.xlsx");
    expect(checked.hash).toBeNull();
  });
});
