import { quietOfficeOutsideHost, type OfficeGlobals } from "./officeOutsideHost";

/** A script element as the page holds it: its src and its load listeners. */
function script(src: string) {
  const listeners: Array<() => void> = [];
  return {
    tagName: "SCRIPT",
    src,
    addEventListener: (type: string, listener: () => void) => {
      if (type === "load") listeners.push(listener);
    },
    load: () => listeners.forEach((listener) => listener()),
  };
}

/** What the mapping script defines: a logger whose endpoint opens the telemetry frame. */
function mappingScriptRan(globals: OfficeGlobals) {
  const opened: string[] = [];
  const endpoint = { loadProxyFrame: () => void opened.push("telemetryproxy.html") };
  globals.Logger = { ulsEndpoint: endpoint };
  globals.OSF = { Logger: globals.Logger };
  return { opened, fire: () => endpoint.loadProxyFrame() };
}

const doc = (scripts: unknown[]) =>
  ({ scripts, head: {}, documentElement: {} }) as unknown as Document;
const MAPPING = "http://127.0.0.1:8080/office-js/o15apptofilemappingtable.js";

describe("quietOfficeOutsideHost", () => {
  it("disarms the telemetry frame once the mapping script has loaded", () => {
    const mapping = script(MAPPING);
    const globals: OfficeGlobals = {};
    quietOfficeOutsideHost(doc([script("office-js/office.js"), mapping]), globals);
    const { opened, fire } = mappingScriptRan(globals);
    mapping.load();
    fire();
    expect(opened).toEqual([]);
  });

  it("disarms it at once when the mapping script ran before the pane's own script", () => {
    const globals: OfficeGlobals = {};
    const { opened, fire } = mappingScriptRan(globals);
    quietOfficeOutsideHost(doc([script(MAPPING)]), globals);
    fire();
    expect(opened).toEqual([]);
  });

  it("leaves Office alone where the mapping script is not loaded (inside Office)", () => {
    const globals: OfficeGlobals = { OSF: {} };
    const host = script("office-js/excel-win32-16.01.js");
    quietOfficeOutsideHost(doc([host]), globals);
    host.load();
    expect(globals).toEqual({ OSF: {} });
  });
});
