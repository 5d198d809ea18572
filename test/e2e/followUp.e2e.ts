// Issues 7 and 9 in the built page: the Theo dõi tab, the award proposal counts and their own
// download, the marked copies as one zip, and a "Kỳ trước" workbook of the same period refused.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { xlsxParts } from "../support/readXlsx";
import { expect, openTab, test } from "./fixtures";

const SAMPLES = resolve(__dirname, "..", "..", "samples");
const samplePaths = () =>
  readdirSync(SAMPLES)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((n) => join(SAMPLES, n));

/** Clicks a download link and returns the file's suggested name and bytes. */
async function save(page: Page, link: Locator) {
  await expect(link).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: new Uint8Array(readFileSync(path)) };
}

const sheetNamesOf = (bytes: Uint8Array) =>
  [...(xlsxParts(bytes)["xl/workbook.xml"] ?? "").matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map(
    (m) => m[1],
  );

test("Theo dõi lists every sample's unit in its cluster's table with its state", async ({
  pane,
}) => {
  const panel = await openTab(pane, "Theo dõi");
  await panel.getByLabel("Các tệp báo cáo (.xlsx)").setInputFiles(samplePaths());
  await panel.getByLabel("Hạn nộp (không bắt buộc)").fill("15/12/2024");
  await panel.getByRole("button", { name: "Theo dõi", exact: true }).click();
  await expect(panel.locator("table.tracking-table").first()).toBeVisible({ timeout: 30_000 });

  const stateOf = (code: string) => panel.locator(`tr[data-unit="${code}"] td.state`);
  const expected: Array<[string, string]> = [
    ["CD001", "Đúng hạn"],
    ["CD008", "Có lỗi"],
    ["CD010", "Có lỗi"],
    ["CD011", "Có lỗi"],
    ["CD012", "Nộp muộn"],
  ];
  for (const [code, state] of expected) await expect(stateOf(code)).toHaveText(state);
  await expect(panel.locator(`tr[data-unit="CD012"] td`).last()).toHaveText(
    "CD012-thu-vien-tinh-gui-lai.xlsx",
  );
  // Every unit once, each table captioned with its cluster and counts.
  await expect(panel.locator("tr[data-unit]")).toHaveCount(12);
  const captions = await panel.locator("table.tracking-table caption").allTextContents();
  expect(captions.length).toBeGreaterThan(0);
  for (const caption of captions) expect(caption).toMatch(/ — \d+ đơn vị: \d+ đúng hạn, /);
  await expect(panel.getByText(/^12\/12 CĐCS đã gửi báo cáo: /)).toBeVisible();
});

test("after consolidating: proposal counts and lists, marked copies zipped, same period refused as Kỳ trước", async ({
  pane,
}) => {
  const panel = await openTab(pane, "Tổng hợp");
  await panel.getByLabel("Các tệp báo cáo (.xlsx)").setInputFiles(samplePaths());
  await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  const result = await save(pane, panel.getByRole("link", { name: "Tải về", exact: true }));
  expect(result.name).toBe("TongHop.xlsx");

  // Issue 7: the counts table, and the lists as a workbook of their own.
  const table = panel.locator("table.proposals-table");
  await expect(table.locator("caption")).toHaveText("Số đề nghị khen thưởng của các đơn vị");
  await expect(table.locator("tbody tr").first()).toBeVisible();
  const proposals = await save(
    pane,
    panel.getByRole("link", { name: "Tải danh sách đề nghị khen thưởng" }),
  );
  expect(proposals.name).toBe("DeNghiKhenThuong.xlsx");
  expect(sheetNamesOf(proposals.bytes)).toEqual(["Đề nghị khen thưởng"]);

  // Issue 9: one zip of marked copies; CD008's bad cell F20 carries a note.
  await panel.getByRole("button", { name: "Tải bản đánh dấu lỗi" }).click();
  const zip = await save(pane, panel.getByRole("link", { name: "Tải về BanDanhDau.zip" }));
  const copies = unzipSync(zip.bytes);
  await expect(
    panel.getByText("CD008-kiem-tra.xlsx (từ CD008-truong-cao-dang-su-pham.xlsx)"),
  ).toBeVisible();
  const copy = copies["CD008-kiem-tra.xlsx"];
  expect(copy).toBeDefined();
  const parts = unzipSync(copy!);
  const comments = Object.keys(parts)
    .filter((n) => /^xl\/comments\d*\.xml$/.test(n))
    .map((n) => strFromU8(parts[n]!));
  expect(comments.some((xml) => xml.includes('ref="F20"'))).toBe(true);

  // Issue 9: the result just downloaded, given as Kỳ trước, is the same period: refused, said why.
  await panel.getByLabel(/^Kỳ trước/).setInputFiles(result.path);
  await expect(panel.getByText("Kỳ trước: TongHop.xlsx")).toBeVisible();
  await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await expect(panel.getByText("Không so sánh được với TongHop.xlsx:")).toBeVisible({
    timeout: 60_000,
  });
  await expect(panel.locator('[data-code="comparison.same-period"]')).toHaveCount(1);
});

test("Theo dõi tracks against the units of a rules file loaded in Cấu hình: a unit without a report is missing", async ({
  pane,
}) => {
  const units = [
    { code: "CD001", name: "CĐCS Sở Tư pháp", cluster: "Cụm 1", membership: "direct" },
    { code: "CD099", name: "CĐCS Sở Mới", cluster: "Cụm 1", membership: "member" },
  ];
  const config = await openTab(pane, "Cấu hình");
  await config.getByLabel("Tệp quy tắc (.json)").setInputFiles({
    name: "danhsach.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ units })),
  });
  await expect(config.getByText(/^Đang dùng quy tắc từ tệp danhsach\.json/)).toBeVisible();

  const panel = await openTab(pane, "Theo dõi");
  await expect(panel.getByText("Danh sách đơn vị: 2 đơn vị.")).toBeVisible();
  await panel
    .getByLabel("Các tệp báo cáo (.xlsx)")
    .setInputFiles(join(SAMPLES, "CD001-so-tu-phap.xlsx"));
  await panel.getByRole("button", { name: "Theo dõi", exact: true }).click();
  const table = panel.locator('table.tracking-table[data-cluster="Cụm 1"]');
  await expect(table.locator('tr[data-unit="CD001"] td.state')).toHaveText("Đúng hạn");
  await expect(table.locator('tr[data-unit="CD099"] td.state')).toHaveText("Chưa nộp");
  await expect(table.locator("caption")).toHaveText(
    "Cụm 1 — 2 đơn vị: 1 đúng hạn, 0 nộp muộn, 0 có lỗi, 1 chưa nộp.",
  );
});
