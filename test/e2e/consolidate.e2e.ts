// Standalone consolidation: the built page in a browser, files picked, Tổng hợp pressed, and
// the downloaded workbook compared with what the same modules compute in Node.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { makeUnitWorkbook, validUnitValues, type UnitLayout } from "../support/unitWorkbook";
import { sheetXml } from "../support/readXlsx";
import { expect, openTab, test } from "./fixtures";
import { classesByCode, consolidateInNode, readClassification, type NamedBytes } from "./oracle";

const SAMPLES = resolve(__dirname, "..", "..", "samples");
const RESULT_SHEETS = ["Tổng hợp", "Xếp loại", "Khen thưởng", "Kiểm tra", "Báo cáo"];

/** Picks the files in Tổng hợp, presses the button named exactly "Tổng hợp", saves the download. */
async function consolidateInPage(page: Page, paths: readonly string[]) {
  const panel = await openTab(page, "Tổng hợp");
  await panel.getByLabel("Các tệp báo cáo (.xlsx)").setInputFiles([...paths]);
  await expect(panel.getByText(`Đã chọn ${paths.length} tệp.`)).toBeVisible();
  const started = Date.now();
  // The files are read off the page's thread, in the reading worker.
  const worker = page.waitForEvent("worker", (w) => /read-worker\.[0-9a-f]+\.js$/.test(w.url()));
  await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await worker;
  const link = panel.getByRole("link", { name: "Tải về", exact: true });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const elapsed = Date.now() - started;
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const saved = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  return {
    panel,
    elapsed,
    fileName: download.suggestedFilename(),
    bytes: new Uint8Array(readFileSync(saved)),
  };
}

const read = (dir: string, name: string): NamedBytes => ({
  name,
  bytes: new Uint8Array(readFileSync(join(dir, name))),
});

test("consolidates the bundled samples into the workbook the CLI writes, with every unit's class", async ({
  pane,
}) => {
  const names = readdirSync(SAMPLES)
    .filter((n) => n.endsWith(".xlsx"))
    .sort();
  const { panel, fileName, bytes } = await consolidateInPage(
    pane,
    names.map((n) => join(SAMPLES, n)),
  );
  const expected = consolidateInNode(names.map((n) => read(SAMPLES, n)));

  expect(fileName).toBe("TongHop.xlsx");
  const { sheetNames, rows } = readClassification(bytes);
  expect(sheetNames).toEqual(expect.arrayContaining(RESULT_SHEETS));
  expect(Object.fromEntries(rows.map((r) => [r.code, r.classCode]))).toEqual(
    classesByCode(expected),
  );
  expect(rows.map((r) => r.code)).not.toContain("CD008");

  // The page's own summary agrees: counts per class and the report's sentences.
  for (const [code, count] of Object.entries(expected.classificationCounts)) {
    await expect(panel.locator(`tr[data-class="${code}"] td`)).toHaveText(String(count));
  }
  await expect(panel.getByText(expected.sentences[2] ?? "", { exact: true })).toBeVisible();
  await expect(
    panel.getByText("13 tệp: 8 được tổng hợp, 4 bị loại vì có lỗi, 1 được thay bằng bản gửi sau."),
  ).toBeVisible();
});

test("consolidates 62 varied unit workbooks, keeps a =HYPERLINK(…) name as text, and says how long it took", async ({
  pane,
}) => {
  const dir = test.info().outputPath("units");
  mkdirSync(dir, { recursive: true });
  const layouts: UnitLayout[] = [
    {},
    { columnOffset: 2, rowOffset: 3, colonGap: true },
    { reversedColumns: true, labels: "plain-capitals", dates: "text" },
    { reversedSheets: true, extraSheets: ["Sheet1"], sections: false, mergedTitle: false },
    { numbers: "text" },
  ];
  const files: NamedBytes[] = [];
  for (let i = 1; i <= 62; i++) {
    const unitCode = `DV${String(i).padStart(3, "0")}`;
    const unitName = i === 7 ? '=HYPERLINK("http://x","y")' : `Công đoàn cơ sở số ${i}`;
    const workbook = await makeUnitWorkbook({
      unitCode,
      unitName,
      period: "Năm 2024",
      cluster: `Cụm ${(i % 4) + 1}`,
      layout: layouts[i % layouts.length],
      defects: i % 20 === 0 ? ["not-a-number"] : [],
      values: validUnitValues(i),
    });
    const name = `${unitCode}.xlsx`;
    writeFileSync(join(dir, name), workbook.bytes);
    files.push({ name, bytes: workbook.bytes });
  }

  const { elapsed, bytes } = await consolidateInPage(
    pane,
    files.map((f) => join(dir, f.name)),
  );
  console.log(`62 files consolidated in the page in ${elapsed} ms (pick to download link)`);
  test.info().annotations.push({ type: "timing", description: `62 files: ${elapsed} ms` });

  const expected = classesByCode(consolidateInNode(files));
  expect(Object.keys(expected)).toHaveLength(59);
  const { rows } = readClassification(bytes);
  expect(Object.fromEntries(rows.map((r) => [r.code, r.classCode]))).toEqual(expected);

  const hyperlink = rows.find((r) => r.code === "DV007");
  expect(hyperlink?.name).toEqual({ t: "s", v: '=HYPERLINK("http://x","y")' });
  expect(sheetXml(bytes, "Xếp loại")).not.toMatch(/<f>[^<]*HYPERLINK/i);
});

test("works from the file system too, where the browser allows no worker, and asks no other host", async ({
  page,
  context,
}) => {
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    // Office.js itself asks, with CORS, for a helper script that a file:// page may not read;
    // it copes. Any other error is the pane's.
    const where = `${message.location().url} ${message.text()}`;
    if (
      message.type() === "error" &&
      !where.includes("o15apptofilemappingtable.js") &&
      !message.text().includes("ERR_FAILED")
    ) {
      problems.push(message.text());
    }
  });
  await page.goto(pathToFileURL(resolve(__dirname, "..", "..", "dist", "taskpane.html")).href);
  const names = readdirSync(SAMPLES)
    .filter((n) => n.endsWith(".xlsx"))
    .sort();
  const panel = await openTab(page, "Tổng hợp");
  await panel
    .getByLabel("Các tệp báo cáo (.xlsx)")
    .setInputFiles(names.map((n) => join(SAMPLES, n)));
  await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  const link = panel.getByRole("link", { name: "Tải về", exact: true });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const expected = consolidateInNode(names.map((n) => read(SAMPLES, n)));
  const { rows } = readClassification(bytes);
  expect(Object.fromEntries(rows.map((r) => [r.code, r.classCode]))).toEqual(
    classesByCode(expected),
  );
  expect(problems).toEqual([]);
  expect(outside).toEqual([]);
});
