// The built page (dist/taskpane.html): it loads only the add-in's own files, ships Office.js
// unmodified, and draws the pane in Excel, in a browser, and with Office.js missing altogether.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  DIST_DIR,
  OFFICE_JS_CDN,
  ROOT_DIR,
  distHas,
  readDist,
  readDistText,
  scriptSources,
} from "./distFiles";
import { loadPage, type FakeElement, type LoadedPage } from "./pageRuntime";

const OFFICE_JS_PACKAGE = join(ROOT_DIR, "node_modules", "@microsoft", "office-js");
const packageVersion = (
  JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as { version: string }
).version;

const within = (page: LoadedPage): FakeElement[] =>
  page.document.getElementById("app")?.all() ?? [];

const rendered = (page: LoadedPage, className: string): string[] =>
  within(page)
    .filter((e: FakeElement) => e.className === className)
    .map((e) => e.textContent);

const withRole = (page: LoadedPage, role: string): FakeElement[] =>
  within(page).filter((e) => e.getAttribute("role") === role);

const buttons = (page: LoadedPage): string[] =>
  within(page)
    .filter((e) => e.tagName === "BUTTON")
    .map((e) => e.textContent);

describe("dist/taskpane.html", () => {
  let html: string;
  beforeAll(() => {
    html = readDistText("taskpane.html");
  });

  it("loads Office.js first, then the pane and the functions bundles (the worker and ExcelJS load on demand)", () => {
    const scripts = scriptSources(html);
    expect(scripts.slice(1)).toEqual(["taskpane.js", "functions.js"]);
    expect(["office-js/office.js", OFFICE_JS_CDN]).toContain(scripts[0]);
  });

  it("loads nothing from outside the add-in's folder except, when built so, Office.js from Microsoft", () => {
    const references = [
      ...html.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi),
    ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
    expect(references).toEqual(
      expect.arrayContaining(["taskpane.css", "taskpane.js", "functions.js"]),
    );
    for (const reference of references.filter((r) => r !== OFFICE_JS_CDN)) {
      expect([reference, /^(?:[a-z][\w+.-]*:|\/\/)/i.test(reference)]).toEqual([reference, false]);
      expect([reference, distHas(reference)]).toEqual([reference, true]);
    }
    for (const file of ["taskpane.html", "taskpane.css"]) {
      const urls =
        readDistText(file).match(/(?:https?:)?\/\/[\w.-]+\.[a-z]{2,}[^\s"'<>)]*/gi) ?? [];
      expect(urls.filter((url) => url !== OFFICE_JS_CDN)).toEqual([]);
    }
  });

  it("ships the reading worker and ExcelJS as chunks loaded on demand, never with the page", () => {
    const files = readdirSync(DIST_DIR);
    const named = (pattern: RegExp) => files.filter((file) => pattern.test(file));
    const [worker] = named(/^read-worker\.[0-9a-f]{8}\.js$/);
    const [excelJs] = named(/^exceljs\.[0-9a-f]{8}\.js$/);
    expect([worker, excelJs].map((file) => typeof file)).toEqual(["string", "string"]);
    // ExcelJS bundles JSZip: its mark is in the ExcelJS chunk only.
    expect(readDistText(excelJs ?? "").includes("JSZip")).toBe(true);
    for (const file of ["taskpane.js", "functions.js", worker ?? ""]) {
      expect([file, readDistText(file).includes("JSZip")]).toEqual([file, false]);
    }
    const pageScripts = scriptSources(html);
    expect(pageScripts.some((src) => /read-worker|exceljs/.test(src))).toBe(false);
    expect(readDist("taskpane.js").length).toBeLessThan(400 * 1024);
  });

  it("serves Office.js and the Excel files it loads from dist/office-js, byte for byte as published", () => {
    if (scriptSources(html)[0] === OFFICE_JS_CDN) {
      expect(distHas("office-js")).toBe(false);
      return;
    }
    const files = [
      "office.js",
      "excel-win32-16.01.js",
      "excel-win32-16.00.js",
      "excel-web-16.00.js",
      "excel-mac-16.00.js",
      "excel-ios-16.00.js",
      "vi-vn/office_strings.js",
      "en-us/office_strings.js",
      "o15apptofilemappingtable.js",
      "LICENSE.md",
    ];
    for (const file of files) {
      const published = readFileSync(
        join(OFFICE_JS_PACKAGE, file === "LICENSE.md" ? "" : "dist", file),
      );
      expect([file, readDist(`office-js/${file}`).equals(published)]).toEqual([file, true]);
    }
    // Debug builds, Office's own telemetry and other hosts' files are not served.
    for (const absent of [
      "office.debug.js",
      "telemetry",
      "ariatelemetry",
      "word-win32-16.01.js",
      "excel-15.js",
    ]) {
      expect([absent, distHas(`office-js/${absent}`)]).toEqual([absent, false]);
    }
  });
});

describe("the pane as the built page draws it", () => {
  it("shows the title, the version and five tabs in Excel set to Vietnamese, with Excel's actions", async () => {
    const page = await loadPage({
      office: "excel",
      displayLanguage: "vi-VN",
      browserLanguage: "en-US",
    });
    expect(page.scriptErrors).toEqual([]);
    expect(page.document.documentElement.lang).toBe("vi");
    expect(page.document.title).toBe("CĐVC Thi đua");
    expect(rendered(page, "title")).toEqual(["CĐVC Thi đua"]);
    expect(rendered(page, "version")).toEqual([`Phiên bản ${packageVersion} · trong Excel`]);
    expect(withRole(page, "tablist")).toHaveLength(1);
    expect(withRole(page, "tab").map((t) => t.textContent)).toEqual([
      "Kiểm tra",
      "Tổng hợp",
      "Theo dõi",
      "Mẫu",
      "Cấu hình",
    ]);
    expect(withRole(page, "tab").map((t) => t.getAttribute("aria-selected"))).toEqual([
      "true",
      "false",
      "false",
      "false",
      "false",
    ]);
    expect(withRole(page, "tabpanel").map((p) => [p.id, p.hasAttribute("hidden")])).toEqual([
      ["panel-check", false],
      ["panel-consolidate", true],
      ["panel-track", true],
      ["panel-template", true],
      ["panel-config", true],
    ]);
    expect(buttons(page)).toEqual(
      expect.arrayContaining([
        "Kiểm tra sổ đang mở",
        "Đánh dấu",
        "Xóa đánh dấu",
        "Tổng hợp",
        "Ghi vào trang CauHinh",
        "Dùng danh sách ở trang DanhSach",
      ]),
    );
    expect(rendered(page, "formula")).toEqual([
      "=CDVC.ATTAINMENT(F12;E12)",
      "=CDVC.RANK_CDCS(G5;$G$5:$G$64)",
      "=CDVC.RANK_CDCS(G5;$G$5:$G$64;C5;$C$5:$C$64)",
    ]);
    expect(rendered(page, "notice")).toEqual([]);
  });

  it.each(["en-US", "fr-FR"])(
    "switches to English when Excel's display language is %s",
    async (displayLanguage) => {
      const page = await loadPage({ office: "excel", displayLanguage, browserLanguage: "vi-VN" });
      expect(page.document.documentElement.lang).toBe("en");
      expect(rendered(page, "version")).toEqual([`Version ${packageVersion} · in Excel`]);
      expect(withRole(page, "tab").map((t) => t.textContent)).toEqual([
        "Check",
        "Consolidate",
        "Tracking",
        "Form",
        "Settings",
      ]);
    },
  );

  it("draws the web mode in Vietnamese even in an English-language browser, with the Tổng hợp button", async () => {
    const page = await loadPage({ office: "browser", browserLanguage: "en-GB" });
    expect(page.scriptErrors).toEqual([]);
    expect(page.document.documentElement.lang).toBe("vi");
    expect(buttons(page)).toContain("Tổng hợp");
  });

  it("draws the web mode in English when the address asks for it (?lang=en)", async () => {
    const page = await loadPage({
      office: "browser",
      browserLanguage: "vi-VN",
      search: "?lang=en",
    });
    expect(page.scriptErrors).toEqual([]);
    expect(page.document.documentElement.lang).toBe("en");
    expect(rendered(page, "notice")).toEqual([
      "This page is open outside Excel: check and consolidate report files right in the browser, and download the result as an Excel file.",
    ]);
    expect(buttons(page)).not.toContain("Check the open workbook");
    expect(buttons(page)).toContain("Consolidate");
  });

  it("draws the web mode in Vietnamese when Office.js is absent: a many-file input, the Kỳ trước input and the Tổng hợp button", async () => {
    const page = await loadPage({ office: "absent", browserLanguage: "vi-VN" });
    expect(page.scriptErrors.filter((e) => e.script === "taskpane.js")).toEqual([]);
    expect(rendered(page, "notice")).toEqual([
      "Trang này đang mở ngoài Excel: kiểm tra và tổng hợp các tệp báo cáo ngay trên trình duyệt, kết quả tải về dưới dạng tệp Excel.",
    ]);
    const panel = page.document.getElementById("panel-consolidate");
    const inputs = (panel?.all() ?? []).filter(
      (e) => e.tagName === "INPUT" && e.getAttribute("type") === "file",
    );
    expect(inputs.map((i) => [i.getAttribute("multiple"), i.getAttribute("accept")])).toEqual([
      ["", ".xlsx"],
      [null, ".xlsx"],
    ]);
    const run = (panel?.all() ?? []).filter(
      (e) => e.tagName === "BUTTON" && e.textContent === "Tổng hợp",
    );
    expect(run).toHaveLength(1);
    expect(rendered(page, "formula")).toHaveLength(3);
  });
});
