// The built manifest (dist/manifest.xml), checked offline for what Excel needs of a shared
// runtime with custom functions (OFFICE.md): one long-lived runtime page that is also the
// functions' page and the ribbon button's pane, files that exist, icons of the stated sizes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEV_URL,
  ROOT_DIR,
  distHas,
  pngSize,
  readDist,
  readDistText,
  scriptSources,
} from "./distFiles";
import { child, descendants, findAll, parseXml, type XmlElement } from "./xml";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

let source: string;
let manifest: XmlElement;
let resources: Map<string, XmlElement>;

beforeAll(() => {
  source = readDistText("manifest.xml");
  manifest = parseXml(source);
  resources = new Map();
  for (const element of findAll(manifest, "Resources").flatMap(descendants)) {
    const id = element.attributes.id;
    if (id === undefined) continue;
    if (resources.has(id)) throw new Error(`resource id ${id} is defined twice`);
    resources.set(id, element);
  }
});

const xsiType = (element: XmlElement | undefined) => element?.attributes["xsi:type"];

function only(elements: XmlElement[], what: string): XmlElement {
  if (elements.length !== 1) throw new Error(`expected one ${what}, found ${elements.length}`);
  return elements[0] as XmlElement;
}

/** The DefaultValue of the resource a resid names; fails the test when it is not defined. */
function resource(resid: string | undefined): string {
  const value = resid === undefined ? undefined : resources.get(resid)?.attributes.DefaultValue;
  if (value === undefined) throw new Error(`resid "${resid}" names no resource`);
  return value;
}

const sourceLocationUrl = (element: XmlElement | undefined) =>
  resource(child(element as XmlElement, "SourceLocation")?.attributes.resid);

const customFunctions = () =>
  only(
    findAll(manifest, "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions"),
    "CustomFunctions extension point",
  );

const taskpaneButtonAction = () =>
  only(
    findAll(manifest, "Action").filter((e) => xsiType(e) === "ShowTaskpane"),
    "ShowTaskpane action",
  );

const runtime = () => only(findAll(manifest, "Runtime"), "runtime");

/** The folder every manifest URL starts with: the runtime page's folder. */
const baseUrl = () => resource(runtime().attributes.resid).replace(/[^/]*$/, "");

/** A manifest URL as a path inside dist/, or a failure when it points outside the add-in. */
function distPath(url: string): string {
  const base = baseUrl();
  if (!url.startsWith(base)) throw new Error(`${url} is not under ${base}`);
  return url.slice(base.length);
}

describe("dist/manifest.xml", () => {
  it("is the source manifest with only the development URL replaced", () => {
    const original = readFileSync(join(ROOT_DIR, "manifest.xml"), "utf8");
    expect(source).toBe(original.split(DEV_URL).join(baseUrl()));
  });

  it("is a TaskPaneApp in the 1.1 manifest schema with the version overrides", () => {
    expect(manifest).toMatchObject({ local: "OfficeApp", ns: NS.app });
    expect(xsiType(manifest)).toBe("TaskPaneApp");
    expect(manifest.attributes["xmlns:bt"]).toBe(NS.bt);
    expect(manifest.attributes["xmlns:xsi"]).toBe(NS.xsi);
    const overrides = child(manifest, "VersionOverrides");
    expect(overrides).toMatchObject({ ns: NS.overrides });
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    expect(
      only(findAll(manifest, "Host", NS.overrides), "override host").attributes["xsi:type"],
    ).toBe("Workbook");
    expect(child(manifest, "Hosts", "Host")?.attributes.Name).toBe("Workbook");
  });

  it("has a GUID for its id and the package's version", () => {
    const packageVersion = (
      JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as { version: string }
    ).version;
    expect(child(manifest, "Id")?.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(manifest, "Version")?.text).toBe(`${packageVersion}.0`);
  });

  it("speaks Vietnamese first, with English overrides", () => {
    expect(child(manifest, "DefaultLocale")?.text).toBe("vi-VN");
    expect(child(manifest, "DisplayName")?.attributes.DefaultValue).toBe("CĐVC Thi đua");
    expect(child(manifest, "Description")?.attributes.DefaultValue).toMatch(/công đoàn cơ sở/);
    for (const name of ["DisplayName", "Description"]) {
      expect(child(manifest, name, "Override")?.attributes).toMatchObject({ Locale: "en-US" });
    }
    const strings = [
      ...findAll(manifest, "ShortStrings"),
      ...findAll(manifest, "LongStrings"),
    ].flatMap((group) => group.children);
    const uiStrings = strings.filter((s) => s.attributes.id !== "Functions.Namespace");
    expect(uiStrings.length).toBeGreaterThan(0);
    for (const string of uiStrings) {
      expect([string.attributes.id, child(string, "Override")?.attributes.Locale]).toEqual([
        string.attributes.id,
        "en-US",
      ]);
    }
  });

  it("keeps every text within Office's length limits", () => {
    const limits: Array<[XmlElement[], number]> = [
      [[child(manifest, "DisplayName") as XmlElement], 125],
      [[child(manifest, "Description") as XmlElement], 250],
      [findAll(manifest, "ShortStrings").flatMap((g) => g.children), 125],
      [findAll(manifest, "LongStrings").flatMap((g) => g.children), 250],
    ];
    for (const [elements, limit] of limits) {
      for (const element of elements) {
        const values = [element, ...element.children].map(
          (e) => e.attributes.DefaultValue ?? e.attributes.Value,
        );
        for (const value of values) expect((value ?? "").length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("asks to read and write the document", () => {
    expect(child(manifest, "Permissions")?.text).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime and the custom functions runtime", () => {
    const sets = findAll(manifest, "Set").map((s) => [s.attributes.Name, s.attributes.MinVersion]);
    expect(sets).toEqual(
      expect.arrayContaining([
        ["SharedRuntime", "1.1"],
        ["CustomFunctionsRuntime", "1.1"],
      ]),
    );
  });

  it("has one long-lived runtime whose page is the functions' page, the pane and the function file", () => {
    expect(runtime().attributes.lifetime).toBe("long");
    const runtimeResid = runtime().attributes.resid;
    const runtimeUrl = resource(runtimeResid);
    expect(runtimeUrl).toMatch(/^https:\/\/.+\/taskpane\.html$/);

    expect(child(customFunctions(), "Page", "SourceLocation")?.attributes.resid).toBe(runtimeResid);
    expect(child(taskpaneButtonAction(), "SourceLocation")?.attributes.resid).toBe(runtimeResid);
    expect(only(findAll(manifest, "FunctionFile"), "function file").attributes.resid).toBe(
      runtimeResid,
    );
    expect(child(manifest, "DefaultSettings", "SourceLocation")?.attributes.DefaultValue).toBe(
      runtimeUrl,
    );
    expect(distHas(distPath(runtimeUrl))).toBe(true);
  });

  it("puts the task pane button on the Home tab", () => {
    const tab = only(findAll(manifest, "OfficeTab"), "ribbon tab");
    expect(tab.attributes.id).toBe("TabHome");
    expect(findAll(tab, "Control").map((c) => xsiType(c))).toEqual(["Button"]);
  });

  it("registers the functions under the CDVC namespace", () => {
    expect(resource(child(customFunctions(), "Namespace")?.attributes.resid)).toBe("CDVC");
  });

  it("names a metadata file and a script that the build wrote, and the page loads that script", () => {
    const metadata = distPath(sourceLocationUrl(child(customFunctions(), "Metadata")));
    const script = distPath(sourceLocationUrl(child(customFunctions(), "Script")));
    expect([metadata, script]).toEqual(["functions.json", "functions.js"]);
    expect(
      (JSON.parse(readDistText(metadata)) as { functions: unknown[] }).functions.length,
    ).toBeGreaterThan(0);
    expect(readDist(script).length).toBeGreaterThan(0);
    const page = distPath(resource(runtime().attributes.resid));
    expect(scriptSources(readDistText(page))).toContain(script);
  });

  it("keeps every URL under the one HTTPS base URL, all pointing at built files", () => {
    const base = baseUrl();
    expect(base).toMatch(/^https:\/\/[^/]+\/(.+\/)?$/);
    const urls = descendants(manifest)
      .flatMap((e) => [e.attributes.DefaultValue, e.attributes.Value])
      .filter((value): value is string => value !== undefined && /^[a-z]+:\/\//i.test(value));
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(base) ? url : `${url} (outside ${base})`).toBe(url);
      expect([url, distHas(distPath(url))]).toEqual([url, true]);
    }
  });

  it("defines every resource the manifest names", () => {
    const resids = descendants(manifest)
      .map((e) => e.attributes.resid)
      .filter((resid): resid is string => resid !== undefined);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect([resid, resources.has(resid)]).toEqual([resid, true]);
  });

  it("points at PNG icons of the sizes it states", () => {
    const icons: Array<[string, number]> = [
      [child(manifest, "IconUrl")?.attributes.DefaultValue ?? "IconUrl missing", 32],
      [
        child(manifest, "HighResolutionIconUrl")?.attributes.DefaultValue ??
          "HighResolutionIconUrl missing",
        64,
      ],
    ];
    const ribbonImages = findAll(manifest, "Image", NS.bt).filter(
      (image) => image.attributes.size !== undefined,
    );
    expect(ribbonImages.map((image) => image.attributes.size)).toEqual([
      "16",
      "32",
      "80",
      "16",
      "32",
      "80",
    ]);
    for (const image of ribbonImages)
      icons.push([resource(image.attributes.resid), Number(image.attributes.size)]);

    for (const [url, size] of icons) {
      expect([url, pngSize(readDist(distPath(url)))]).toEqual([url, { width: size, height: size }]);
    }
  });
});
