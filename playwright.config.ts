// The browser tests (test/e2e): the built dist/ served on 127.0.0.1 and opened in Debian's
// Chromium, never a browser Playwright downloads (`.ci/run` installs chromium with apt).
// Every request to another host is blocked and counted by the tests' fixture.
import { execSync } from "node:child_process";
import { defineConfig } from "@playwright/test";

function chromiumPath(): string {
  try {
    const found = execSync("command -v chromium", {
      shell: "/bin/sh",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim();
    if (found) return found;
  } catch {
    // not on PATH: Debian's usual place
  }
  return "/usr/bin/chromium";
}

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.e2e.ts",
  globalSetup: "./test/e2e/globalSetup.ts",
  // The machine's two cores are shared: one browser at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ["list"],
    // scripts/test.mjs names the file with PLAYWRIGHT_JSON_OUTPUT_NAME and counts the results.
    [
      "json",
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e-results.json" },
    ],
  ],
  outputDir: "test-results/e2e",
  use: {
    browserName: "chromium",
    acceptDownloads: true,
    locale: "vi-VN",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // A second wall besides the tests' request routing: no host but 127.0.0.1 resolves.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
      ],
    },
  },
});
