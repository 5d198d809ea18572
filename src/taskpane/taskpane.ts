// The task pane's entry. The page is also the shared runtime of the custom functions, so this
// script must never fail when Office is absent (a browser) or answers with no host.
import { paneContent } from "./paneContent";
import { paneLanguage } from "./paneLanguage";
import { renderPane } from "./renderPane";

declare const __APP_VERSION__: string;

function show(displayLanguage: string | undefined, insideOffice: boolean): void {
  const root = document.getElementById("app");
  if (!root) return;
  renderPane(
    document,
    root,
    paneContent(paneLanguage(displayLanguage), __APP_VERSION__, insideOffice),
  );
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

// Draw at once, so the pane is never blank while Office.js starts (or when it never does),
// then again in Office's display language once Office says which host it is in.
show(browserLanguage(), false);

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    if (info.host) show(Office.context.displayLanguage, true);
  });
}
