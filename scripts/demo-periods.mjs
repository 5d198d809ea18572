// Writes the inputs of the README's examples for --previous, term and roll-up: the same twelve
// units reporting for each year of a term (Năm 2019 … Năm 2023, values seeded per year), each
// year consolidated with the built CLI into out/periods/TongHopNNNN.xlsx, and the 2023 units
// split into three CĐVC for a roll-up. Run `npm run build` first.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "out", "periods");
const cacheDir = path.join(root, "node_modules", ".cache", "cdvc-samples");
const bundle = path.join(cacheDir, "unitWorkbook.mjs");
await mkdir(cacheDir, { recursive: true });
await build({
  stdin: {
    contents: 'export * from "./test/support/unitWorkbook.ts";',
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile: bundle,
  logLevel: "warning",
});
const { makeUnitWorkbook, validUnitValues } = await import(pathToFileURL(bundle).href);

const units = Array.from({ length: 12 }, (_, i) => ({
  code: `CD${String(i + 1).padStart(3, "0")}`,
  name: `CĐCS Đơn vị ${i + 1}`,
  cluster: `Cụm ${(i % 3) + 1}`,
}));
const cli = (args) =>
  execFileSync(process.execPath, [path.join(root, "bin", "cdvc.js"), ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });

await rm(out, { recursive: true, force: true });
for (const year of [2019, 2020, 2021, 2022, 2023]) {
  const dir = path.join(out, `bao-cao-${year}`);
  await mkdir(dir, { recursive: true });
  for (const [i, unit] of units.entries()) {
    const { bytes } = await makeUnitWorkbook({
      unitCode: unit.code,
      unitName: unit.name,
      cluster: unit.cluster,
      period: `Năm ${year}`,
      founded: new Date(Date.UTC(2010, 0, 1)),
      reportDate: new Date(Date.UTC(year, 11, 10)),
      values: validUnitValues(year * 100 + i),
    });
    await writeFile(path.join(dir, `${unit.code}.xlsx`), bytes);
  }
  cli(["consolidate", dir, "--out", path.join(out, `TongHop${year}.xlsx`), "--no-cache"]);
}
// The 2023 units as three CĐVC, for the roll-up.
for (const part of [0, 1, 2]) {
  const dir = path.join(out, `cdvc-${part + 1}`);
  await mkdir(dir, { recursive: true });
  for (const unit of units.slice(part * 4, part * 4 + 4)) {
    execFileSync("cp", [path.join(out, "bao-cao-2023", `${unit.code}.xlsx`), dir]);
  }
  cli([
    "consolidate",
    dir,
    "--out",
    path.join(out, "cap-tren", `CDVC${part + 1}.xlsx`),
    "--no-cache",
  ]);
}
process.stdout.write(`Wrote ${path.relative(root, out)}/\n`);
