#!/usr/bin/env node
// The `cdvc` command: runs the bundled CLI that `npm run build` writes.
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "build", "cli", "cdvc.cjs");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "cdvc: chưa build. Chạy `npm run build` trước. / not built yet: run `npm run build` first.\n",
  );
  process.exit(2);
}
// Compiled from V8's code cache when the build wrote one for it (src/cli/load/codeCache.ts).
const loader = path.join(__dirname, "..", "build", "cli", "load.cjs");
if (fs.existsSync(loader)) require(loader).cachedRequire(entry);
else require(entry);
