import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeFinding } from "../../core/findings/makeFinding";
import { defaultRules, rulesHash } from "../../core/rules";
import type { BatchEntry } from "../../core/validation";
import { checkWorkbook } from "../../workbook/checkWorkbook";
import { slimEntry } from "../read/slimEntry";
import { tempFolder, unitBytes } from "../read/testing/unitFiles";
import { cachePathFor, CheckCache, type CacheIdentity } from "./checkCache";

const identity: CacheIdentity = { tool: "cdvc test", rules: rulesHash(defaultRules), lang: "vi" };
const HASH_A = "a".repeat(64);
const HASH_B = "b".repeat(64);

const folder = tempFolder("cache");
afterAll(() => folder.remove());
let n = 0;
const freshPath = () => join(folder.path, `c${++n}.cdvc-cache`);

let unit: BatchEntry;
const refused: BatchEntry = {
  file: "hong.xlsx",
  result: { findings: [makeFinding("file.damaged", { file: "hong.xlsx" }, { part: "x" })] },
};

beforeAll(async () => {
  unit = slimEntry(checkWorkbook(await unitBytes(1), "CD001.xlsx", defaultRules));
});

/** A cache at a new path holding `unit` (hash A) and `refused` (hash B), saved. */
async function savedCache(): Promise<string> {
  const path = freshPath();
  const cache = await CheckCache.open(path, identity);
  cache.set("CD001.xlsx", HASH_A, unit);
  cache.set("hong.xlsx", HASH_B, refused);
  await cache.save();
  return path;
}

describe("CheckCache", () => {
  it.each([
    ["out/TongHop.xlsx", "out/.TongHop.xlsx.cdvc-cache"],
    ["TongHop.xlsx", ".TongHop.xlsx.cdvc-cache"],
  ])("keeps the cache of %s beside it, hidden: %s", (out, path) => {
    expect(cachePathFor(out)).toBe(path);
  });

  it("opens empty when there is no cache yet", async () => {
    const cache = await CheckCache.open(freshPath(), identity);
    expect(cache.savedCount).toBe(0);
    expect(cache.get("CD001.xlsx", HASH_A)).toBeUndefined();
  });

  it("gives back, after saving and opening again, each entry by name and hash", async () => {
    const cache = await CheckCache.open(await savedCache(), identity);
    expect(cache.savedCount).toBe(2);
    expect(cache.get("CD001.xlsx", HASH_A)).toEqual(unit);
    expect(cache.get("hong.xlsx", HASH_B)).toEqual(refused);
  });

  it.each<[string, string, string]>([
    ["changed bytes", "CD001.xlsx", HASH_B],
    ["the same bytes under another name (its findings name the file)", "CD001-ban2.xlsx", HASH_A],
  ])("finds nothing for %s", async (_name, file, hash) => {
    const cache = await CheckCache.open(await savedCache(), identity);
    expect(cache.get(file, hash)).toBeUndefined();
  });

  it.each<[string, Partial<CacheIdentity>]>([
    ["other rules", { rules: rulesHash({ ...defaultRules, formVersion: "CDVC-BC 2" }) }],
    ["another language", { lang: "en" }],
    ["another build of the tool", { tool: "cdvc other" }],
  ])("starts empty under %s", async (_name, change) => {
    const cache = await CheckCache.open(await savedCache(), { ...identity, ...change });
    expect(cache.savedCount).toBe(0);
    expect(cache.get("CD001.xlsx", HASH_A)).toBeUndefined();
  });

  it.each<[string, (text: string) => string]>([
    ["is empty", () => ""],
    ["is not a cache", () => "PK\u0003\u0004 binary"],
    ["has a damaged header", (text) => text.replace(/^\{/, "")],
  ])("starts empty when its file %s", async (_name, damage) => {
    const path = await savedCache();
    writeFileSync(path, damage(readFileSync(path, "utf8")));
    expect((await CheckCache.open(path, identity)).savedCount).toBe(0);
  });

  it("loses only the entry of a damaged line", async () => {
    const path = await savedCache();
    const lines = readFileSync(path, "utf8").split("\n");
    const at = lines.findIndex((line) => line.includes("hong.xlsx"));
    lines[at] = lines[at]!.slice(0, 90);
    writeFileSync(path, lines.join("\n"));
    const cache = await CheckCache.open(path, identity);
    expect(cache.get("hong.xlsx", HASH_B)).toBeUndefined();
    expect(cache.get("CD001.xlsx", HASH_A)).toEqual(unit);
  });

  it("saves only the entries of this run: those found and those added", async () => {
    const path = await savedCache();
    const cache = await CheckCache.open(path, identity);
    expect(cache.get("CD001.xlsx", HASH_A)).toBeDefined();
    cache.set("moi.xlsx", HASH_B, { ...refused, file: "moi.xlsx" });
    await cache.save();
    const reopened = await CheckCache.open(path, identity);
    expect(reopened.savedCount).toBe(2);
    expect(reopened.get("hong.xlsx", HASH_B)).toBeUndefined();
    expect(reopened.get("moi.xlsx", HASH_B)?.file).toBe("moi.xlsx");
    expect(reopened.get("CD001.xlsx", HASH_A)).toEqual(unit);
  });

  it("fails to save into a folder that does not exist (the command then only says so)", async () => {
    const cache = await CheckCache.open(join(folder.path, "khong-co", "x.cdvc-cache"), identity);
    cache.set("CD001.xlsx", HASH_A, unit);
    await expect(cache.save()).rejects.toThrow(/ENOENT/);
  });

  it("lets go of its entries once released, leaving the saved file as it was", async () => {
    const path = await savedCache();
    const cache = await CheckCache.open(path, identity);
    expect(cache.get("CD001.xlsx", HASH_A)).toEqual(unit);
    cache.release();
    expect(cache.savedCount).toBe(0);
    expect(cache.get("CD001.xlsx", HASH_A)).toBeUndefined();
    expect((await CheckCache.open(path, identity)).get("CD001.xlsx", HASH_A)).toEqual(unit);
  });
});
