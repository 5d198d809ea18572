// Outside Office (the page opened in a browser) Office.js finds no host and takes its Office
// 2013 path: it loads o15apptofilemappingtable.js from its own folder, and that script starts
// a hidden frame to Microsoft's telemetry service three seconds later
// (https://telemetryservice.firstpartyapps.oaspapps.com/…), while the add-in promises to send
// nothing anywhere: once the script has run, the frame's loader does nothing. Inside Office
// the script is never loaded, and nothing here happens. (The build serves the script,
// unmodified: without it Office.js throws "MicrosoftAjax.js is not loaded successfully."
// 25 seconds after the page opens. A page opened from the file system cannot read it — Office.js
// asks for it with CORS, which file:// refuses — and gets that error; serve dist/ over HTTP.)

const MAPPING_SCRIPT = /(?:^|\/)o15apptofilemappingtable\.js(?:[?#]|$)/;

interface UlsLogger {
  ulsEndpoint?: { loadProxyFrame?: () => void } | null;
}

/** What this module touches of the page's global scope (`window` in a browser). */
export interface OfficeGlobals {
  Logger?: UlsLogger;
  OSF?: { Logger?: UlsLogger };
}

/** Replaces the telemetry frame's loader, if the mapping script has defined it. */
function disarm(globals: OfficeGlobals): void {
  for (const logger of [globals.Logger, globals.OSF?.Logger]) {
    const endpoint = logger?.ulsEndpoint;
    if (endpoint && typeof endpoint.loadProxyFrame === "function") {
      endpoint.loadProxyFrame = () => undefined;
    }
  }
}

function isMappingScript(node: Node): node is HTMLScriptElement {
  const script = node as HTMLScriptElement;
  return script.tagName === "SCRIPT" && MAPPING_SCRIPT.test(script.src);
}

/**
 * Keeps Office.js from opening its telemetry frame when the page runs outside Office: watches
 * for the script Office.js loads only there, and disarms the frame once that script has run.
 */
export function quietOfficeOutsideHost(doc: Document, globals: OfficeGlobals): void {
  const watch = (script: HTMLScriptElement) =>
    script.addEventListener("load", () => disarm(globals));
  // The script may have run already, while the page waited for its own scripts.
  disarm(globals);
  const present = Array.from(doc.scripts ?? []).filter(isMappingScript);
  present.forEach(watch);
  if (present.length > 0 || typeof MutationObserver === "undefined") return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!isMappingScript(node)) continue;
        watch(node);
        observer.disconnect();
        return;
      }
    }
  });
  observer.observe(doc.head ?? doc.documentElement, { childList: true });
}
