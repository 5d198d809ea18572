// The task pane's entry. The page is also the shared runtime of the custom functions, so this
// script must never fail when Office is absent (a browser) or answers with no host.
import type { Lang } from "../core/messages/format";
import { defaultRules } from "../core/rules";
import { createExcelBridge } from "./app/excelBridge";
import { createRulesHolder, type ExcelBridge } from "./app/paneContext";
import { quietOfficeOutsideHost, type OfficeGlobals } from "./officeOutsideHost";
import { paneLanguage, webPageLanguage } from "./paneLanguage";
import { renderApp } from "./ui/renderApp";
import { startReadWorker } from "./worker/startReadWorker";

declare const __APP_VERSION__: string;

// One set of rules for the page's life: redrawing the pane in Excel's language keeps them.
const rules = createRulesHolder({ rules: defaultRules, source: "default", name: "" });

function draw(lang: Lang, excel: ExcelBridge | null): void {
  const root = document.getElementById("app");
  if (!root) return;
  renderApp(root, {
    doc: document,
    lang,
    version: __APP_VERSION__,
    excel,
    startWorker: startReadWorker,
    rules,
  });
}

// Draw at once in web mode, so the pane is never blank while Office.js starts (or when it never
// does: opened from a web server in a browser), then again for Excel once Office names its host.
draw(webPageLanguage(typeof location === "undefined" ? "" : location.search), null);

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  quietOfficeOutsideHost(document, globalThis as OfficeGlobals);
  void Office.onReady((info) => {
    if (!info.host) return;
    const displayLanguage = Office.context.displayLanguage;
    const lang = paneLanguage(displayLanguage);
    draw(lang, createExcelBridge(lang));
  });
}
