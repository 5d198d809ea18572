// Starts the static server (serve.mjs) for the built dist/ once for the whole run, on a free
// port, and tells the tests where it is: Playwright passes process.env on to its test workers.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const DIST = resolve(__dirname, "..", "..", "dist");

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html is missing: run npm run build:addin before the browser tests",
    );
  }
  const server = spawn(process.execPath, [join(__dirname, "serve.mjs"), DIST, "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (found?.[1]) resolveUrl(found[1]);
    });
    server.once("exit", (code) => reject(new Error(`serve.mjs exited (${code}) before listening`)));
  });
  process.env.E2E_BASE_URL = url;
  return async () => {
    server.kill();
  };
}
