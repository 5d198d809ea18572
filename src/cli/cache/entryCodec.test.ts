import { makeFinding } from "../../core/findings/makeFinding";
import { defaultRules } from "../../core/rules";
import type { BatchEntry } from "../../core/validation";
import { checkWorkbook } from "../../workbook/checkWorkbook";
import { slimEntry } from "../read/slimEntry";
import { unitBytes } from "../read/testing/unitFiles";
import { decodeEntry, encodeEntry } from "./entryCodec";

const roundTrip = (entry: BatchEntry) => decodeEntry(encodeEntry(entry));

describe("encodeEntry and decodeEntry", () => {
  it("give back a real entry equal to the one encoded, dates as dates", async () => {
    const entry = slimEntry(checkWorkbook(await unitBytes(3), "CD003.xlsx", defaultRules));
    const back = roundTrip(entry);
    expect(back).toEqual(entry);
    const unit = "unit" in back.result ? back.result.unit : null;
    expect(unit?.reportDate).toBeInstanceOf(Date);
    expect(unit?.reportDate?.toISOString()).toBe("2024-12-04T00:00:00.000Z");
    expect(back.result.findings.map((f) => f.code)).toContain("number.not-a-number");
  });

  it.each<[string, unknown]>([
    ["a date", new Date(Date.UTC(2024, 11, 15))],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["minus zero", -0],
    ["a date in a list", [1, new Date(0), "x"]],
    ["text that looks like a tag", { $date: "2024" }],
  ])("keep %s exactly", (_name, value) => {
    const entry = { file: "a.xlsx", result: { findings: [], value } } as unknown as BatchEntry;
    const back = roundTrip(entry) as unknown as { result: { value: unknown } };
    expect(back.result.value).toEqual(value);
    if (typeof value === "number") expect(Object.is(back.result.value, value)).toBe(true);
  });

  it("keep an invalid date as an invalid date", () => {
    const entry = { file: "a.xlsx", result: { findings: [], when: new Date(Number.NaN) } };
    const back = roundTrip(entry as unknown as BatchEntry) as unknown as typeof entry;
    expect(back.result.when).toBeInstanceOf(Date);
    expect(back.result.when.getTime()).toBeNaN();
  });

  it("drop keys whose value is undefined, as an absent key reads the same", () => {
    const entry = {
      file: "a.xlsx",
      result: { findings: [makeFinding("file.csv", { file: "a.xlsx" })], extra: undefined },
    } as unknown as BatchEntry;
    expect(encodeEntry(entry)).not.toContain("extra");
    expect(roundTrip(entry)).toEqual(entry);
  });

  it("write one line, so that a cache file holds one entry per line", () => {
    const entry: BatchEntry = {
      file: "dòng\nmới.xlsx",
      result: { findings: [makeFinding("file.csv", { file: "dòng\nmới.xlsx" })] },
    };
    expect(encodeEntry(entry)).not.toMatch(/[\n\r]/);
  });

  it.each(["", "{", "null", "[]", '{"result":{}}'])("refuse %j", (text) => {
    expect(() => decodeEntry(text)).toThrow();
  });
});
