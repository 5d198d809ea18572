// The pane itself: tabs and keyboard, the form and rules sections in a browser, Excel mode in
// English, and a page that asks nothing of any other host.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { text } from "../../src/core/messages/text";
import { defaultRules, rulesToJson } from "../../src/core/rules";
import { readWorkbook } from "../../src/workbook/reader";
import { expect, openTab, test } from "./fixtures";

const TABS = ["Kiểm tra", "Tổng hợp", "Theo dõi", "Mẫu", "Cấu hình"];
const SAMPLES = resolve(__dirname, "..", "..", "samples");

test("shows five tabs, the first selected, and moves between them with the arrow keys", async ({
  pane,
}) => {
  const tabs = pane.getByRole("tab");
  await expect(tabs).toHaveText(TABS);
  await expect(pane.getByRole("tab", { name: "Kiểm tra" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(pane.getByRole("tabpanel")).toHaveCount(1);

  await pane.getByRole("tab", { name: "Kiểm tra" }).focus();
  const steps: Array<[string, string]> = [
    ["ArrowRight", "Tổng hợp"],
    ["ArrowRight", "Theo dõi"],
    ["ArrowRight", "Mẫu"],
    ["End", "Cấu hình"],
    ["ArrowRight", "Kiểm tra"],
    ["ArrowLeft", "Cấu hình"],
    ["Home", "Kiểm tra"],
  ];
  for (const [key, name] of steps) {
    await pane.keyboard.press(key);
    const tab = pane.getByRole("tab", { name, exact: true });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    await expect(pane.getByRole("tabpanel", { name, exact: true })).toBeVisible();
  }
  await expect(pane.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
});

test("offers many files to Tổng hợp and one to Kiểm tra, with a labelled progress bar", async ({
  pane,
}) => {
  const consolidate = await openTab(pane, "Tổng hợp");
  await expect(consolidate.getByLabel("Các tệp báo cáo (.xlsx)")).toHaveAttribute("multiple", "");
  await expect(consolidate.getByRole("button", { name: "Tổng hợp", exact: true })).toBeVisible();
  await expect(consolidate.locator('[role="progressbar"]')).toHaveAttribute(
    "aria-label",
    "Tiến độ đọc tệp",
  );
  const check = await openTab(pane, "Kiểm tra");
  await expect(check.getByLabel("Tệp báo cáo cần kiểm tra")).not.toHaveAttribute("multiple", /.*/);
  await expect(pane.getByText(/^Trang này đang mở ngoài Excel/)).toBeVisible();
});

test("writes a pre-filled report form to download, the unit's name kept as text", async ({
  pane,
}) => {
  const panel = await openTab(pane, "Mẫu");
  await panel.getByLabel("Mã đơn vị").fill("CD099");
  await panel.getByLabel("Tên công đoàn cơ sở").fill("=1+1");
  await panel.getByLabel("Kỳ báo cáo").fill("nam 2024");
  await panel.getByLabel("Cụm thi đua").fill("Cụm 2");
  await panel.getByRole("button", { name: "Tạo tệp để tải về" }).click();
  const link = panel.getByRole("link", { name: "Tải về MauBaoCao-CD099.xlsx" });
  const [download] = await Promise.all([pane.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("MauBaoCao-CD099.xlsx");
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const read = readWorkbook(bytes, "MauBaoCao-CD099.xlsx");
  if (!read.ok) throw new Error("the form does not read");
  const values = read.workbook.sheets
    .find((s) => s.name === "BaoCao")
    ?.rows.flatMap((row) => (row ?? []).map((cell) => (cell && "v" in cell ? cell.v : undefined)));
  expect(values).toEqual(expect.arrayContaining(["CD099", "=1+1", "Năm 2024", "Cụm 2"]));
});

test("refuses a period that does not read, saying what was typed", async ({ pane }) => {
  const panel = await openTab(pane, "Mẫu");
  await panel.getByLabel("Kỳ báo cáo").fill("quý 3");
  await panel.getByRole("button", { name: "Tạo tệp để tải về" }).click();
  await expect(panel.getByRole("alert")).toHaveText(/^'quý 3' không phải là kỳ báo cáo\./);
});

test("saves the rules in use, and reads a rules file with the CLI's findings", async ({ pane }) => {
  const panel = await openTab(pane, "Cấu hình");
  await expect(
    panel.getByText("Đang dùng quy tắc mặc định: 18 chỉ tiêu, 7 tiêu chí."),
  ).toBeVisible();

  await panel.getByRole("button", { name: "Tạo tệp quy tắc để tải về" }).click();
  const [download] = await Promise.all([
    pane.waitForEvent("download"),
    panel.getByRole("link", { name: "Tải về rules.json" }).click(),
  ]);
  expect(readFileSync(await download.path(), "utf8")).toBe(rulesToJson(defaultRules));

  const picker = panel.getByLabel("Tệp quy tắc (.json)");
  await picker.setInputFiles({
    name: "sai.json",
    mimeType: "application/json",
    buffer: Buffer.from('{ "thresholds": { "HTXS": 60, "HTT": 70, "HT": 50 } }'),
  });
  await expect(panel.getByRole("alert")).toContainText("sai.json");
  await expect(panel.locator(".finding-error .finding-cell").first()).toHaveText(/^thresholds\./);
  await expect(
    panel.getByText("Đang dùng quy tắc mặc định: 18 chỉ tiêu, 7 tiêu chí."),
  ).toBeVisible();

  await picker.setInputFiles({
    name: "tinh.json",
    mimeType: "application/json",
    buffer: Buffer.from('{ "thresholds": { "HTXS": 85, "HTT": 70, "HT": 50 } }'),
  });
  await expect(
    panel.getByText("Đang dùng quy tắc từ tệp tinh.json: 18 chỉ tiêu, 7 tiêu chí."),
  ).toBeVisible();
  await expect(panel.getByText("Không có lỗi hay cảnh báo nào.")).toBeVisible();
});

test("loads Office.js from its own folder, and stays quiet: nothing from any other host, no error, 30 s on", async ({
  page,
  baseUrl,
  blocked,
  pageErrors,
}) => {
  const loaded: string[] = [];
  page.on("requestfinished", (request) => loaded.push(request.url().slice(baseUrl.length)));
  // Office.js's own timers (its telemetry frame at 3 s, its loader's give-up at 25 s) run on a
  // clock the test moves forward.
  await page.clock.install();
  await page.goto(`${baseUrl}taskpane.html`);
  await expect(page.getByRole("tablist")).toBeVisible();
  for (const name of TABS) await openTab(page, name);
  await page.waitForLoadState("networkidle");
  await page.clock.runFor(30_000);
  await page.waitForLoadState("networkidle");
  // Outside Office, Office.js says so: no host.
  const host = page.evaluate(() => Office.onReady().then((info) => info.host));
  await page.clock.runFor(1_000);
  expect(await host).toBeNull();
  expect(loaded).toEqual(
    expect.arrayContaining([
      "taskpane.html",
      "taskpane.css",
      "office-js/office.js",
      "taskpane.js",
      "functions.js",
    ]),
  );
  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
});

// Office.js replaced by a stand-in that says the page runs in Excel, in the display language
// given, with an open workbook whose only sheets are `sheets` (enough of Excel.run to list them).
const fakeOffice = (displayLanguage: string, sheets: readonly string[]) => `
window.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: ${JSON.stringify(displayLanguage)},
    document: { url: "C:\\\\TongHop\\\\Tinh-2024.xlsx" },
    requirements: { isSetSupported: function () { return true; } }
  },
  actions: { associate: function () {} },
  onReady: function (callback) {
    var info = { host: "Excel", platform: "PC" };
    return Promise.resolve(info).then(function (i) { if (callback) callback(i); return i; });
  }
};
window.CustomFunctions = { associate: function () {}, Error: function () {}, ErrorCode: {} };
window.Excel = {
  run: function (batch) {
    var worksheets = {
      items: [],
      load: function () { this.items = ${JSON.stringify(sheets)}.map(function (name) { return { name: name }; }); return this; }
    };
    return batch({ workbook: { worksheets: worksheets }, sync: function () { return Promise.resolve(); } });
  }
};
`;

test("switches to Excel mode in Office's display language, with the Excel actions", async ({
  page,
  baseUrl,
  pageErrors,
}) => {
  void pageErrors;
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({ contentType: "text/javascript", body: fakeOffice("en-US", ["Sheet1"]) }),
  );
  await page.goto(`${baseUrl}taskpane.html`);
  await expect(page.getByRole("tab")).toHaveText([
    "Check",
    "Consolidate",
    "Tracking",
    "Form",
    "Settings",
  ]);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText(/· in Excel$/)).toBeVisible();
  await expect(page.getByText(/^This page is open outside Excel/)).toHaveCount(0);

  const check = page.getByRole("tabpanel", { name: "Check" });
  for (const name of ["Check the open workbook", "Mark cells", "Remove marks"]) {
    await expect(check.getByRole("button", { name })).toBeVisible();
  }
  await expect(check.getByRole("button", { name: "Mark cells" })).toBeDisabled();
  await page.getByRole("tab", { name: "Tracking" }).click();
  for (const key of ["pane.track.write-list", "pane.track.read-list"] as const) {
    await expect(
      page.getByRole("button", { name: text(key, "en", { sheet: "DanhSach" }) }),
    ).toBeVisible();
  }
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("button", { name: "Open as a new workbook" })).toBeVisible();
  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(
    page.getByRole("button", { name: text("pane.config.write-sheet", "en", { sheet: "CauHinh" }) }),
  ).toBeVisible();
});

test("asks in the pane before replacing result sheets, and writes nothing when told no", async ({
  page,
  baseUrl,
  blocked,
  pageErrors,
}) => {
  void blocked;
  void pageErrors;
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: fakeOffice("vi-VN", ["Sheet1", "Xếp loại"]),
    }),
  );
  await page.goto(`${baseUrl}taskpane.html`);
  await expect(page.getByText(/· trong Excel$/)).toBeVisible();
  const panel = await openTab(page, "Tổng hợp");
  await panel
    .getByLabel("Các tệp báo cáo (.xlsx)")
    .setInputFiles(join(SAMPLES, "CD001-so-tu-phap.xlsx"));
  await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();

  const dialog = page.getByRole("dialog", { name: "Thay các trang đã có?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Xếp loại");
  await expect(dialog).not.toContainText("Tổng hợp,");
  await expect(dialog.getByRole("button", { name: "Không" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Thay thế" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Không" })).toBeFocused();
  await page.keyboard.press("Escape");

  await expect(dialog).toHaveCount(0);
  await expect(panel.getByRole("status")).toHaveText(
    "Chưa ghi vào sổ đang mở. Kết quả vẫn tải về được.",
  );
  await expect(panel.getByRole("link", { name: "Tải về", exact: true })).toBeVisible();
});

test("reports a failure of Excel in the pane and keeps the action available", async ({
  page,
  baseUrl,
  blocked,
  pageErrors,
}) => {
  void blocked;
  void pageErrors;
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({ contentType: "text/javascript", body: fakeOffice("vi-VN", ["Sheet1"]) }),
  );
  await page.goto(`${baseUrl}taskpane.html`);
  const panel = await openTab(page, "Kiểm tra");
  await expect(panel.getByRole("button", { name: "Kiểm tra sổ đang mở" })).toBeVisible();
  await panel.getByRole("button", { name: "Kiểm tra sổ đang mở" }).click();
  // The stand-in has no Excel.run for reading ranges: the pane reports Excel's failure, and
  // the page does not break.
  await expect(panel.getByRole("alert")).toHaveText(/^Excel báo lỗi: /);
  await expect(panel.getByRole("button", { name: "Kiểm tra sổ đang mở" })).toBeEnabled();
});
