// Imports TypeScript source into a bench: esbuild bundles the given re-exports into one ESM
// file under node_modules/.cache (so ExcelJS, zod and date-fns still resolve from
// node_modules), the bench imports it, and the file is removed. Benches thus measure the
// current source, not yesterday's build.
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * `lines` are `export … from "./src/…"` statements, paths relative to the repository root.
 * @param {string[]} lines
 */
export async function importSource(lines) {
  const outdir = `${ROOT}node_modules/.cache/cdvc-bench`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/source-${process.pid}-${Date.now()}.mjs`;
  await build({
    stdin: { contents: lines.join("\n"), resolveDir: ROOT, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "silent",
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
