// The fixture every browser test uses: a fresh browser context in which every request to a
// host other than the local test server is aborted and recorded, and every page error and
// console error is recorded; after the test both lists must be empty.
import { test as base, expect, type Page } from "@playwright/test";

export interface PaneFixtures {
  /** The local URL of dist/ (ends in "/"). */
  readonly baseUrl: string;
  /** Requests to any other host, aborted, by URL. */
  readonly blocked: string[];
  /** Uncaught page errors and console errors. */
  readonly pageErrors: string[];
  /** The pane, opened in a browser (outside Office) and drawn. */
  readonly pane: Page;
}

const isLocal = (url: string, base: string) =>
  url.startsWith(base) || url.startsWith("blob:") || url.startsWith("data:");

export const test = base.extend<PaneFixtures>({
  // eslint-disable-next-line no-empty-pattern
  baseUrl: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error("E2E_BASE_URL is not set: the global setup did not start the server");
    await use(url);
  },
  blocked: async ({ context, baseUrl }, use) => {
    const blocked: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isLocal(url, baseUrl)) return route.continue();
      blocked.push(url);
      return route.abort("blockedbyclient");
    });
    // Requests the router may not see (a worker's own, a preconnect) still show up here.
    context.on("request", (request) => {
      const url = request.url();
      if (!isLocal(url, baseUrl) && !blocked.includes(url)) blocked.push(url);
    });
    await use(blocked);
    expect(blocked, "requests to other hosts").toEqual([]);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    await use(errors);
    expect(errors, "page errors").toEqual([]);
  },
  pane: async ({ page, baseUrl, blocked, pageErrors }, use) => {
    void blocked;
    void pageErrors;
    await page.goto(`${baseUrl}taskpane.html`);
    await expect(page.getByRole("tablist")).toBeVisible();
    await use(page);
  },
});

export { expect };

/** Opens a tab of the pane by its name and returns its panel. */
export async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
  const panel = page.getByRole("tabpanel", { name, exact: true });
  await expect(panel).toBeVisible();
  return panel;
}
