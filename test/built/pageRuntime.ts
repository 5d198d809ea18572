// Runs the built page's scripts as Excel's shared runtime does: every script taskpane.html
// loads, in its order, in one global scope (a node:vm context), with Office.js replaced by
// fakes of what the scripts use: CustomFunctions (associate, Error, ErrorCode as in the
// custom-functions-runtime typings), Office (onReady, context.displayLanguage,
// actions.associate) and a small DOM.
import vm from "node:vm";
import { fakeCustomFunctions } from "../../src/functions/fakeCustomFunctions";
import { OFFICE_JS_CDN, readDistText, scriptSources } from "./distFiles";

/** An element of the fake DOM: enough for text, classes, attributes, listeners and children. */
export class FakeElement {
  className = "";
  id = "";
  lang = "";
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  /** Listeners by event type, as the page's scripts added them. */
  readonly listeners = new Map<string, Array<(event: unknown) => void>>();
  private ownText = "";

  constructor(readonly tagName: string) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  appendChild(node: FakeElement): FakeElement {
    this.children.push(node);
    return node;
  }

  get textContent(): string {
    return this.ownText + this.children.map((c) => c.textContent).join("");
  }

  set textContent(value: string) {
    this.children.length = 0;
    this.ownText = value;
  }

  /** Direct and nested elements, depth first. */
  all(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.all()]);
  }
}

export class FakeDocument {
  title = "";
  readonly documentElement = new FakeElement("html");
  readonly body = new FakeElement("body");
  readonly readyState = "complete";
  /** Where the page is served from; webpack's runtime resolves its chunks' URLs against it. */
  readonly baseURI = "https://localhost:3000/taskpane.html";

  constructor(bodyIds: readonly string[]) {
    this.documentElement.appendChild(this.body);
    for (const id of bodyIds) {
      const element = new FakeElement("main");
      element.id = id;
      this.body.appendChild(element);
    }
  }

  getElementById(id: string): FakeElement | null {
    return this.documentElement.all().find((e) => e.id === id) ?? null;
  }

  createElement(tag: string): FakeElement {
    return new FakeElement(tag.toUpperCase());
  }

  addEventListener(): void {}
}

export interface PageOptions {
  /** "excel": Office.js present, in Excel; "browser": present, outside Office (no host);
   * "absent": Office.js did not load at all. */
  readonly office: "excel" | "browser" | "absent";
  readonly displayLanguage?: string;
  readonly browserLanguage?: string;
  /** The page address's query, e.g. "?lang=en". */
  readonly search?: string;
}

export interface LoadedPage {
  /** The page's scripts in load order (Office.js first), as taskpane.html names them. */
  readonly scripts: readonly string[];
  /** What `CustomFunctions.associate` received, by id. */
  readonly associated: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  readonly actions: ReadonlyMap<string, unknown>;
  readonly document: FakeDocument;
  /** Errors thrown by a script (a browser reports them and goes on to the next script). */
  readonly scriptErrors: ReadonlyArray<{ script: string; error: unknown }>;
  /** Builds a value inside the page's realm, as Excel hands arguments to a function. */
  readonly inPage: <T>(value: T) => T;
}

const isOfficeJs = (src: string) => src === OFFICE_JS_CDN || /(^|\/)office\.js$/.test(src);

/** Loads dist/taskpane.html's scripts into a fresh global scope and waits for Office.onReady. */
export async function loadPage(options: PageOptions): Promise<LoadedPage> {
  const html = readDistText("taskpane.html");
  const scripts = scriptSources(html);
  const officeJs = scripts[0];
  if (officeJs === undefined || !isOfficeJs(officeJs)) {
    throw new Error(
      `taskpane.html must load Office.js before its own scripts, found: ${scripts.join(", ")}`,
    );
  }

  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const actions = new Map<string, unknown>();
  const bodyIds = [...html.matchAll(/\bid\s*=\s*["']?([\w-]+)/g)].map((m) => m[1] as string);
  const document = new FakeDocument(bodyIds);
  const onReadyCalls: Array<Promise<unknown>> = [];

  const globals: Record<string, unknown> = {
    document,
    navigator: { language: options.browserLanguage ?? "vi-VN" },
    location: {
      search: options.search ?? "",
      href: `https://localhost:3000/taskpane.html${options.search ?? ""}`,
    },
    console,
    setTimeout,
    clearTimeout,
  };
  if (options.office !== "absent") {
    globals.CustomFunctions = {
      associate(
        idOrMap: string | Record<string, (...args: unknown[]) => unknown>,
        fn?: (...a: unknown[]) => unknown,
      ) {
        if (typeof idOrMap === "string" && typeof fn === "function") associated.set(idOrMap, fn);
        else if (typeof idOrMap === "object")
          for (const [id, f] of Object.entries(idOrMap)) associated.set(id, f);
        else throw new Error("CustomFunctions.associate: bad arguments");
      },
      ...fakeCustomFunctions,
    };
    const info =
      options.office === "excel"
        ? { host: "Excel", platform: "PC" }
        : { host: null, platform: null };
    globals.Office = {
      HostType: { Excel: "Excel" },
      context: {
        displayLanguage:
          options.office === "excel" ? (options.displayLanguage ?? "vi-VN") : undefined,
      },
      actions: { associate: (id: string, fn: unknown) => actions.set(id, fn) },
      onReady(callback?: (i: typeof info) => unknown) {
        const ready = Promise.resolve(info).then(async (i) => {
          if (callback) await callback(i);
          return i;
        });
        onReadyCalls.push(ready);
        return ready;
      },
    };
  }

  const context = vm.createContext(globals);
  vm.runInContext("var window = globalThis; var self = globalThis;", context);

  const scriptErrors: Array<{ script: string; error: unknown }> = [];
  for (const script of scripts.slice(1)) {
    const code = readDistText(script);
    try {
      vm.runInContext(code, context, { filename: `dist/${script}` });
    } catch (error) {
      scriptErrors.push({ script, error });
    }
  }
  await Promise.all(onReadyCalls);

  const toPage = vm.runInContext("(json) => JSON.parse(json)", context) as (
    json: string,
  ) => unknown;
  const inPage = <T>(value: T): T =>
    value === undefined ? value : (toPage(JSON.stringify(value)) as T);

  return { scripts, associated, actions, document, scriptErrors, inPage };
}
