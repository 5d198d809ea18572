// The built page (dist/taskpane.html): it loads only the add-in's own files, ships Office.js
// unmodified, and draws the pane in Excel, in a browser, and with Office.js missing altogether.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_JS_CDN, ROOT_DIR, distHas, readDist, readDistText, scriptSources } from "./distFiles";
import { loadPage, type FakeElement, type LoadedPage } from "./pageRuntime";

const OFFICE_JS_PACKAGE = join(ROOT_DIR, "node_modules", "@microsoft", "office-js");
const packageVersion = (JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as { version: string })
  .version;

const rendered = (page: LoadedPage, className: string): string[] =>
  (page.document.getElementById("app")?.all() ?? [])
    .filter((e: FakeElement) => e.className === className)
    .map((e) => e.textContent);

describe("dist/taskpane.html", () => {
  let html: string;
  beforeAll(() => {
    html = readDistText("taskpane.html");
  });

  it("loads Office.js first, then the pane and the functions bundles", () => {
    const scripts = scriptSources(html);
    expect(scripts.slice(1)).toEqual(["taskpane.js", "functions.js"]);
    expect(["office-js/office.js", OFFICE_JS_CDN]).toContain(scripts[0]);
  });

  it("loads nothing from outside the add-in's folder except, when built so, Office.js from Microsoft", () => {
    const references = [...html.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? "",
    );
    expect(references).toEqual(expect.arrayContaining(["taskpane.css", "taskpane.js", "functions.js"]));
    for (const reference of references.filter((r) => r !== OFFICE_JS_CDN)) {
      expect([reference, /^(?:[a-z][\w+.-]*:|\/\/)/i.test(reference)]).toEqual([reference, false]);
      expect([reference, distHas(reference)]).toEqual([reference, true]);
    }
    for (const file of ["taskpane.html", "taskpane.css"]) {
      const urls = readDistText(file).match(/(?:https?:)?\/\/[\w.-]+\.[a-z]{2,}[^\s"'<>)]*/gi) ?? [];
      expect(urls.filter((url) => url !== OFFICE_JS_CDN)).toEqual([]);
    }
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
      "LICENSE.md",
    ];
    for (const file of files) {
      const published = readFileSync(join(OFFICE_JS_PACKAGE, file === "LICENSE.md" ? "" : "dist", file));
      expect([file, readDist(`office-js/${file}`).equals(published)]).toEqual([file, true]);
    }
    // Debug builds, Office's own telemetry and other hosts' files are not served.
    for (const absent of ["office.debug.js", "telemetry", "ariatelemetry", "word-win32-16.01.js", "excel-15.js"]) {
      expect([absent, distHas(`office-js/${absent}`)]).toEqual([absent, false]);
    }
  });
});

describe("the pane as the built page draws it", () => {
  it("shows the title, the version and the Vietnamese guide in Excel set to Vietnamese", async () => {
    const page = await loadPage({ office: "excel", displayLanguage: "vi-VN", browserLanguage: "en-US" });
    expect(page.scriptErrors).toEqual([]);
    expect(page.document.documentElement.lang).toBe("vi");
    expect(page.document.title).toBe("CĐVC Thi đua");
    expect(rendered(page, "title")).toEqual(["CĐVC Thi đua"]);
    expect(rendered(page, "version")).toEqual([`Phiên bản ${packageVersion}`]);
    expect(rendered(page, "heading")).toEqual(["Hai hàm dùng trong công thức"]);
    expect(rendered(page, "formula")).toEqual([
      "=CDVC.ATTAINMENT(F12;E12)",
      "=CDVC.RANK_CDCS(G5;$G$5:$G$64)",
      "=CDVC.RANK_CDCS(G5;$G$5:$G$64;C5;$C$5:$C$64)",
    ]);
    expect(rendered(page, "notice")).toEqual([]);
  });

  it.each(["en-US", "fr-FR"])("switches to English when Excel's display language is %s", async (displayLanguage) => {
    const page = await loadPage({ office: "excel", displayLanguage, browserLanguage: "vi-VN" });
    expect(page.document.documentElement.lang).toBe("en");
    expect(rendered(page, "version")).toEqual([`Version ${packageVersion}`]);
    expect(rendered(page, "heading")).toEqual(["Two functions for your formulas"]);
  });

  it("renders in a browser, where Office.js answers with no host, in the browser's language", async () => {
    const page = await loadPage({ office: "browser", browserLanguage: "en-GB" });
    expect(page.scriptErrors).toEqual([]);
    expect(page.document.documentElement.lang).toBe("en");
    expect(rendered(page, "notice")).toEqual([
      "This page is open outside Excel. Load the add-in in Excel to use the functions below.",
    ]);
    expect(rendered(page, "title")).toEqual(["CĐVC Thi đua"]);
  });

  it("renders in Vietnamese with a notice when Office.js is absent", async () => {
    const page = await loadPage({ office: "absent", browserLanguage: "vi-VN" });
    expect(page.scriptErrors.filter((e) => e.script === "taskpane.js")).toEqual([]);
    expect(rendered(page, "notice")).toEqual([
      "Trang này đang mở ngoài Excel. Nạp add-in vào Excel để dùng các hàm bên dưới.",
    ]);
    expect(rendered(page, "formula")).toHaveLength(3);
  });
});
