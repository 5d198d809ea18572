import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cachedRequire, codeCachePath, loadedFromCache, writeCodeCache } from "./codeCache";

const folder = mkdtempSync(join(tmpdir(), "cdvc-codecache-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A bundle that requires a sibling and reports where it runs, like the CLI's bundles do.
const bundle = (name: string, answer: string) => {
  const file = join(folder, `${name}.cjs`);
  writeFileSync(join(folder, `${name}-sibling.cjs`), `module.exports = "bên cạnh";`);
  writeFileSync(
    file,
    `const sibling = require("./${name}-sibling.cjs");
     module.exports = { answer: () => "${answer}", sibling, dir: __dirname, file: __filename };`,
  );
  return file;
};

describe("cachedRequire", () => {
  it("loads a bundle as require does, its relative requires and paths included", () => {
    const file = bundle("plain", "một");
    const loaded = cachedRequire(file) as Record<string, unknown> & { answer: () => string };
    expect(loaded.answer()).toBe("một");
    expect(loaded.sibling).toBe("bên cạnh");
    expect(loaded.dir).toBe(folder);
    expect(loaded.file).toBe(file);
    // Once per process, as require does.
    expect(cachedRequire(file)).toBe(loaded);
    expect(loadedFromCache(file)).toBe(false);
  });

  it("compiles from the cache written for this very source", async () => {
    const file = bundle("cached", "hai");
    await writeCodeCache(file, async (exports) => {
      expect((exports as { answer: () => string }).answer()).toBe("hai");
    });
    const copy = join(folder, "cached-copy.cjs");
    writeFileSync(copy, readFileSync(file));
    writeFileSync(codeCachePath(copy), readFileSync(codeCachePath(file)));
    expect((cachedRequire(copy) as { answer: () => string }).answer()).toBe("hai");
    expect(loadedFromCache(copy)).toBe(true);
  });

  it("does not run a bundle whose cache is written without exercising it", async () => {
    const file = join(folder, "side-effect.cjs");
    const mark = join(folder, "ran.txt");
    writeFileSync(file, `require("node:fs").writeFileSync(${JSON.stringify(mark)}, "x");`);
    await writeCodeCache(file);
    expect(() => readFileSync(mark)).toThrow();
    expect(readFileSync(codeCachePath(file)).length).toBeGreaterThan(32);
  });

  it("never uses a cache made for other code, even of the same length", async () => {
    const file = bundle("changed", "ba");
    await writeCodeCache(file);
    // Same length, other behaviour: V8 alone would take the cache.
    writeFileSync(file, readFileSync(file, "utf8").replace('"ba"', '"BA"'));
    expect((cachedRequire(file) as { answer: () => string }).answer()).toBe("BA");
    expect(loadedFromCache(file)).toBe(false);
  });

  it("loads without a cache that is damaged or too short", () => {
    const damaged = bundle("damaged", "bốn");
    writeFileSync(codeCachePath(damaged), "not a cache at all, and longer than a hash is");
    expect((cachedRequire(damaged) as { answer: () => string }).answer()).toBe("bốn");
    const short = bundle("short", "năm");
    writeFileSync(codeCachePath(short), "x");
    expect((cachedRequire(short) as { answer: () => string }).answer()).toBe("năm");
  });
});
