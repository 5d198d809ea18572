// Standalone validation of one file: the findings are listed by sheet and cell.
import { join, resolve } from "node:path";
import { expect, openTab, test } from "./fixtures";

const SAMPLES = resolve(__dirname, "..", "..", "samples");

const cases = [
  ["CD008-truong-cao-dang-su-pham.xlsx", "BaoCao", "F20", "number.not-a-number", "khoảng 20"],
  ["CD009-ban-quan-ly-du-an.xlsx", "BaoCao", "F15", "indicator.exceeds", "nữ"],
  ["CD010-dai-phat-thanh-truyen-hinh.xlsx", "ChamDiem", "D5", "score.above-max", "TC2"],
] as const;

for (const [file, sheet, cell, code, words] of cases) {
  test(`lists the findings of ${file} with sheet ${sheet} and cell ${cell}`, async ({ pane }) => {
    const panel = await openTab(pane, "Kiểm tra");
    await panel.getByLabel("Tệp báo cáo cần kiểm tra").setInputFiles(join(SAMPLES, file));
    await expect(panel.getByRole("heading", { name: file })).toBeVisible();
    await expect(panel.getByText(/^[1-9]\d* lỗi, \d+ cảnh báo$/)).toBeVisible();

    const group = panel.locator(".finding-group", {
      has: pane.getByRole("heading", { name: `Trang ${sheet}` }),
    });
    const item = group.locator(".finding-error", {
      has: pane.locator(".finding-cell", { hasText: cell }),
    });
    await expect(item).toHaveCount(1);
    await expect(item.locator(".badge")).toHaveText("Lỗi");
    await expect(item.locator(".finding-message")).toContainText(words);
    await expect(item.locator("[data-code]")).toHaveAttribute("data-code", code);
  });
}

test("says a clean report has no findings", async ({ pane }) => {
  const panel = await openTab(pane, "Kiểm tra");
  await panel
    .getByLabel("Tệp báo cáo cần kiểm tra")
    .setInputFiles(join(SAMPLES, "CD001-so-tu-phap.xlsx"));
  await expect(panel.getByText("Không có lỗi hay cảnh báo nào.")).toBeVisible();
});

test("reports a file that is not a workbook instead of failing", async ({ pane }) => {
  const panel = await openTab(pane, "Kiểm tra");
  await panel.getByLabel("Tệp báo cáo cần kiểm tra").setInputFiles({
    name: "ghi-chu.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 not a workbook"),
  });
  await expect(panel.getByRole("heading", { name: "ghi-chu.pdf" })).toBeVisible();
  await expect(panel.locator(".finding-error")).not.toHaveCount(0);
  await expect(panel.getByRole("heading", { name: "Toàn tệp" })).toBeVisible();
});
