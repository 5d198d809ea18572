// Test-only: an Excel workbook behind office-addin-mock objects, for the adapter's tests.
//
// Every object the adapter reads through `load` is an OfficeMockObject, so a property read
// without `load` and `context.sync()` gives the mock's error string, as in Office. The mock
// has no collections, no methods and no writes of its own (OFFICE.md); this kit adds them:
// each method is written by hand in a seed and acts on a small model of the workbook (sheets,
// cells, fills, notes, comments, settings), and every write and every sync is recorded in
// `calls`, in order, so a test can assert what went into each request.
//
// Writes of cell values follow Excel's rule for typed input: text that looks like a formula,
// a number or a boolean becomes one unless the cell's number format is "@" (text). That is
// the behaviour the adapter must defend against, so the model has it too.
import { OfficeMockObject } from "office-addin-mock";
import { fromA1, toA1 } from "../../../core/grid/address";

/** A cell of the model. `formula` keeps its "="; `error` marks a value such as "#REF!". */
export interface FakeCell {
  readonly value: string | number | boolean;
  readonly formula?: string;
  readonly numberFormat: string;
  readonly error?: boolean;
}

/** How a test gives a cell: a value, or a value with its formula, number format or error mark. */
export type FakeCellSpec =
  | string
  | number
  | boolean
  | {
      readonly value: string | number | boolean;
      readonly formula?: string;
      readonly numberFormat?: string;
      readonly error?: boolean;
    };

/** A cell's background as the adapter reads and restores it. */
export interface FakeFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
}

/** What Excel answers for a cell with no fill. */
export const NO_FILL: FakeFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

export interface FakeSheetSpec {
  readonly name: string;
  /** Cells by A1 address. */
  readonly cells?: Readonly<Record<string, FakeCellSpec>>;
  readonly fills?: Readonly<Record<string, FakeFill>>;
  readonly notes?: Readonly<Record<string, string>>;
  readonly comments?: Readonly<Record<string, string>>;
}

export interface FakeWorkbookSpec {
  readonly sheets: readonly FakeSheetSpec[];
  readonly date1904?: boolean;
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Makes `insertWorksheetsFromBase64` fail at the next sync, as Excel on the web does for charts. */
  readonly insertFails?: boolean;
}

/** One recorded call, in the order the adapter queued it. */
export type Call =
  | { readonly op: "sync" }
  | {
      readonly op: "write";
      readonly sheet: string;
      readonly address: string;
      readonly prop: "values" | "formulas" | "numberFormat";
      readonly value: unknown;
    }
  | {
      readonly op: "fill";
      readonly sheet: string;
      readonly address: string;
      readonly prop: "color" | "pattern" | "patternColor" | "clear";
      readonly value?: unknown;
    }
  | { readonly op: "addSheet" | "deleteSheet" | "activate"; readonly sheet: string }
  | { readonly op: "renameSheet"; readonly sheet: string; readonly to: string }
  | { readonly op: "select"; readonly sheet: string; readonly address: string }
  | {
      readonly op: "addNote";
      readonly sheet: string;
      readonly address: string;
      readonly content: string;
    }
  | { readonly op: "deleteNote"; readonly sheet: string; readonly address: string }
  | {
      readonly op: "addComment";
      readonly sheet: string;
      readonly address: string;
      readonly content: string;
      readonly id: string;
    }
  | { readonly op: "deleteComment"; readonly sheet: string; readonly id: string }
  | { readonly op: "freezeRows"; readonly sheet: string; readonly count: number }
  | {
      readonly op: "columnWidth";
      readonly sheet: string;
      readonly address: string;
      readonly value: unknown;
    }
  | { readonly op: "autofit"; readonly sheet: string; readonly address: string }
  | {
      readonly op: "addChart";
      readonly sheet: string;
      readonly chart: number;
      readonly type: string;
      readonly source: string;
      readonly seriesBy: string;
    }
  | { readonly op: "chart"; readonly chart: number; readonly path: string; readonly value: unknown }
  | { readonly op: "insertWorksheets"; readonly base64: string; readonly options: unknown }
  | { readonly op: "setting"; readonly key: string; readonly value: unknown }
  | { readonly op: "deleteSetting"; readonly key: string };

/** One sheet of the model. */
export class FakeSheet {
  name: string;
  readonly cells = new Map<string, FakeCell>();
  readonly fills = new Map<string, FakeFill>();
  readonly notes = new Map<string, string>();
  readonly comments = new Map<string, { id: string; content: string }>();
  frozenRows = 0;

  constructor(name: string) {
    this.name = name;
  }

  /** The value of a cell ("" when empty). */
  value(address: string): string | number | boolean {
    return this.cells.get(address)?.value ?? "";
  }

  fill(address: string): FakeFill {
    return this.fills.get(address) ?? NO_FILL;
  }
}

type Node = OfficeMockObject;
type Matrix = readonly (readonly unknown[])[];

interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const MOCK_ERRORS = new Set([
  "Error, property was not loaded",
  "Error, context.sync() was not called",
]);

/**
 * The fake workbook: `context` is what the adapter gets; `calls`, `sheets` and `settings` are
 * what the test asserts.
 *
 * @example
 * const excel = new FakeExcel({ sheets: [{ name: "BaoCao", cells: { A1: "Mã đơn vị" } }] });
 * await readReportGrid(excel.context);
 * excel.syncCount() // 2
 */
export class FakeExcel {
  readonly calls: Call[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly context: Excel.RequestContext;

  private readonly date1904: boolean;
  private readonly insertFails: boolean;
  private readonly mocks: Node[] = [];
  private readonly sheetNodes = new Map<FakeSheet, Node>();
  private readonly onSync: Array<() => void> = [];
  private nextId = 1;
  private nextChart = 1;
  private failure: Error | null = null;

  constructor(spec: FakeWorkbookSpec) {
    this.date1904 = spec.date1904 ?? false;
    this.insertFails = spec.insertFails ?? false;
    for (const sheetSpec of spec.sheets) this.sheets.push(sheetFromSpec(sheetSpec));
    for (const [key, value] of Object.entries(spec.settings ?? {})) {
      this.settings.set(key, jsonCopy(value));
    }

    const context = this.mock({
      workbook: {
        worksheets: {
          getItem: (name: string) => this.sheetNode(this.requireSheet(name)),
          getItemOrNullObject: (name: string) => {
            const sheet = this.findSheet(name);
            return sheet ? this.sheetNode(sheet) : this.nullNode({});
          },
          add: (name: string) => this.sheetNode(this.addSheet(name)),
        },
        settings: {
          getItemOrNullObject: (key: string) => this.settingNode(key),
          add: (key: string, value: unknown) => {
            this.calls.push({ op: "setting", key, value: jsonCopy(value) });
            this.settings.set(key, jsonCopy(value));
          },
        },
        functions: {
          date: (year: number, month: number, day: number) =>
            this.mock({ value: this.serial(year, month, day) }),
        },
        comments: {
          add: (cell: unknown, content: string) => this.addComment(cell, content),
        },
        insertWorksheetsFromBase64: (base64: string, options?: Excel.InsertWorksheetOptions) =>
          this.insertWorksheets(base64, options),
      },
    });
    // The collection's items are a snapshot taken where `load` was queued, readable after sync.
    const workbook = (context as Node).workbook as Node;
    const worksheetsNode = workbook.worksheets as Node;
    worksheetsNode.load = (what: unknown) => {
      expectItemsLoad(what);
      const snapshot = this.sheets.map((sheet) => ({ name: sheet.name }));
      this.onSync.push(() => {
        worksheetsNode.items = snapshot;
      });
      return worksheetsNode;
    };
    const sync = context.sync.bind(context);
    context.sync = async () => {
      this.calls.push({ op: "sync" });
      await sync();
      for (const mock of this.mocks) if (mock !== context) await mock.sync();
      for (const reveal of this.onSync.splice(0)) reveal();
      if (this.failure) {
        const failure = this.failure;
        this.failure = null;
        throw failure;
      }
    };
    this.context = context as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeSheet {
    return this.requireSheet(name);
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  syncCount(): number {
    return this.calls.filter((call) => call.op === "sync").length;
  }

  /** The calls queued before each sync, one array per sync. */
  batches(): Call[][] {
    const batches: Call[][] = [[]];
    for (const call of this.calls) {
      if (call.op === "sync") batches.push([]);
      else batches[batches.length - 1]!.push(call);
    }
    return batches.slice(0, -1);
  }

  /** Forgets the calls so far (after a test's setup). */
  clearCalls(): void {
    this.calls.length = 0;
  }

  // --- objects the adapter gets -------------------------------------------------------------

  private mock(seed: Record<string, unknown>): Node {
    const node = new OfficeMockObject(seed);
    this.mocks.push(node);
    return node;
  }

  // A null object: anything done with it fails, as Office fails the request.
  private nullNode(seed: Record<string, unknown>): Node {
    const refuse = () => {
      throw new Error("InvalidOperation: the object is a null object");
    };
    const calls = Object.fromEntries(
      Object.entries(seed).map(([key, value]) => [
        key,
        typeof value === "function" ? refuse : value,
      ]),
    );
    const node = this.mock(calls);
    node.isNullObject = true;
    return node;
  }

  private sheetNode(sheet: FakeSheet): Node {
    const cached = this.sheetNodes.get(sheet);
    if (cached) return cached;
    const node = this.mock({
      getRange: (address: string) => this.rangeNode(sheet, parseArea(address)),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        this.rangeNode(sheet, { row, col, rows, cols }),
      getUsedRangeOrNullObject: () => this.usedRangeNode(sheet),
      activate: () => this.calls.push({ op: "activate", sheet: sheet.name }),
      delete: () => this.deleteSheet(sheet),
      freezePanes: {
        freezeRows: (count: number) => {
          this.calls.push({ op: "freezeRows", sheet: sheet.name, count });
          sheet.frozenRows = count;
        },
      },
      notes: {
        getItemOrNullObject: (address: string) => this.noteNode(sheet, address),
        add: (cell: unknown, content: string) => this.addNote(sheet, cell, content),
      },
      comments: {},
      charts: {
        add: (type: string, source: unknown, seriesBy: string) =>
          this.addChart(sheet, type, source, seriesBy),
      },
    });
    node.isNullObject = false;
    Object.defineProperty(node, "name", {
      get: () => sheet.name,
      set: (to: string) => this.renameSheet(sheet, to),
    });
    const comments = node.comments as Node;
    comments.load = (what: unknown) => {
      expectItemsLoad(what);
      const snapshot = [...sheet.comments.entries()].map(([address, { id }]) => ({
        id,
        delete: () => this.deleteComment(sheet, id),
        getLocation: () => this.rangeNode(sheet, parseArea(address)),
      }));
      this.onSync.push(() => {
        comments.items = snapshot;
      });
      return comments;
    };
    this.sheetNodes.set(sheet, node);
    return node;
  }

  private rangeNode(sheet: FakeSheet, area: Area): Node {
    const address = areaAddress(area);
    const fill = sheet.fill(toA1(area.row, area.col));
    const node = this.mock({
      address: `${quoteSheet(sheet.name)}!${address}`,
      format: {
        fill: {
          ...fill,
          clear: () => {
            this.calls.push({ op: "fill", sheet: sheet.name, address, prop: "clear" });
            forEachCell(area, (a1) => sheet.fills.delete(a1));
          },
        },
        autofitColumns: () => this.calls.push({ op: "autofit", sheet: sheet.name, address }),
      },
      select: () => this.calls.push({ op: "select", sheet: sheet.name, address }),
    });
    Object.defineProperty(node, "__area", { value: { sheet, area } });
    for (const prop of ["values", "formulas", "numberFormat"] as const) {
      Object.defineProperty(node, prop, {
        set: (value: unknown) => {
          this.calls.push({ op: "write", sheet: sheet.name, address, prop, value });
          this.writeCells(sheet, area, prop, value);
        },
      });
    }
    recordWrites(node.format as Node, ["columnWidth"], (_prop, value) =>
      this.calls.push({ op: "columnWidth", sheet: sheet.name, address, value }),
    );
    recordWrites(
      (node.format as Node).fill as Node,
      ["color", "pattern", "patternColor"],
      (prop, value) => {
        this.calls.push({ op: "fill", sheet: sheet.name, address, prop: prop as "color", value });
        forEachCell(area, (a1) =>
          sheet.fills.set(a1, { ...sheet.fill(a1), [prop]: String(value) }),
        );
        if (prop === "color") {
          // Setting a colour makes the fill solid, as in Excel.
          forEachCell(area, (a1) => sheet.fills.set(a1, { ...sheet.fill(a1), pattern: "Solid" }));
        }
      },
    );
    return node;
  }

  private usedRangeNode(sheet: FakeSheet): Node {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [a1, cell] of sheet.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const at = fromA1(a1)!;
      top = Math.min(top, at.row);
      left = Math.min(left, at.col);
      bottom = Math.max(bottom, at.row);
      right = Math.max(right, at.col);
    }
    const empty = {
      values: [],
      numberFormat: [],
      formulas: [],
      valueTypes: [],
      rowIndex: 0,
      columnIndex: 0,
    };
    if (bottom < 0) return this.nullNode(empty);
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = top; r <= bottom; r++) {
        const row: T[] = [];
        for (let c = left; c <= right; c++) row.push(pick(sheet.cells.get(toA1(r, c))));
        rows.push(row);
      }
      return rows;
    };
    const node = this.mock({
      values: grid((cell) => cell?.value ?? ""),
      numberFormat: grid((cell) => cell?.numberFormat ?? "General"),
      formulas: grid((cell) => cell?.formula ?? cell?.value ?? ""),
      valueTypes: grid(valueType),
      rowIndex: top,
      columnIndex: left,
    });
    node.isNullObject = false;
    return node;
  }

  private noteNode(sheet: FakeSheet, address: string): Node {
    const a1 = plainAddress(address);
    const content = sheet.notes.get(a1);
    const seed = {
      content: content ?? "",
      delete: () => {
        this.calls.push({ op: "deleteNote", sheet: sheet.name, address: a1 });
        sheet.notes.delete(a1);
      },
    };
    if (content === undefined) return this.nullNode(seed);
    const node = this.mock(seed);
    node.isNullObject = false;
    return node;
  }

  private settingNode(key: string): Node {
    const seed = {
      // The mock loads primitives only; the adapter keeps its record as JSON text.
      value: this.settings.get(key) ?? "",
      delete: () => {
        this.calls.push({ op: "deleteSetting", key });
        this.settings.delete(key);
      },
    };
    if (!this.settings.has(key)) return this.nullNode(seed);
    const node = this.mock(seed);
    node.isNullObject = false;
    return node;
  }

  // --- the model ------------------------------------------------------------------------------

  private findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private requireSheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`ItemNotFound: no sheet named ${name}`);
    return sheet;
  }

  private addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    this.calls.push({ op: "addSheet", sheet: name });
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  private deleteSheet(sheet: FakeSheet): void {
    this.calls.push({ op: "deleteSheet", sheet: sheet.name });
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error(`ItemNotFound: ${sheet.name} was deleted`);
    if (this.sheets.length === 1) throw new Error("InvalidOperation: a workbook keeps one sheet");
    this.sheets.splice(index, 1);
  }

  private renameSheet(sheet: FakeSheet, to: string): void {
    const other = this.findSheet(to);
    if (other && other !== sheet) throw new Error(`ItemAlreadyExists: ${to}`);
    this.calls.push({ op: "renameSheet", sheet: sheet.name, to });
    sheet.name = to;
  }

  private addNote(sheet: FakeSheet, cell: unknown, content: string): Node {
    const a1 = cellOf(cell, sheet);
    if (sheet.notes.has(a1)) throw new Error(`InvalidArgument: ${a1} already has a note`);
    this.calls.push({ op: "addNote", sheet: sheet.name, address: a1, content });
    sheet.notes.set(a1, content);
    return this.mock({ content });
  }

  private addComment(cell: unknown, content: string): Node {
    const { sheet, area } = areaOf(cell);
    const a1 = toA1(area.row, area.col);
    if (sheet.comments.has(a1)) throw new Error(`InvalidArgument: ${a1} already has a comment`);
    const id = `comment-${this.nextId++}`;
    this.calls.push({ op: "addComment", sheet: sheet.name, address: a1, content, id });
    sheet.comments.set(a1, { id, content });
    return this.mock({ id });
  }

  private deleteComment(sheet: FakeSheet, id: string): void {
    this.calls.push({ op: "deleteComment", sheet: sheet.name, id });
    for (const [a1, comment] of sheet.comments) if (comment.id === id) sheet.comments.delete(a1);
  }

  private addChart(sheet: FakeSheet, type: string, source: unknown, seriesBy: string): unknown {
    const chart = this.nextChart++;
    const { area } = areaOf(source);
    this.calls.push({
      op: "addChart",
      sheet: sheet.name,
      chart,
      type,
      source: areaAddress(area),
      seriesBy,
    });
    return recorder(chart, "", this.calls);
  }

  private insertWorksheets(
    base64: string,
    options?: Excel.InsertWorksheetOptions,
  ): { value: string[] } {
    this.calls.push({ op: "insertWorksheets", base64, options: jsonCopy(options ?? {}) });
    if (this.insertFails) {
      this.failure = new Error("InsertWorksheetsFailed: the file has sheets this Excel refuses");
      return { value: [] };
    }
    const ids: string[] = [];
    for (const wanted of options?.sheetNamesToInsert ?? []) {
      // Excel adds " (2)" and up to a name that is taken, as when a sheet is copied.
      let name = wanted;
      for (let n = 2; this.findSheet(name); n++) name = `${wanted} (${n})`;
      this.sheets.push(new FakeSheet(name));
      ids.push(`sheet-${this.nextId++}`);
    }
    return { value: ids };
  }

  private serial(year: number, month: number, day: number): number {
    const epoch = this.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return (Date.UTC(year, month - 1, day) - epoch) / 86_400_000;
  }

  private writeCells(
    sheet: FakeSheet,
    area: Area,
    prop: "values" | "formulas" | "numberFormat",
    value: unknown,
  ) {
    const matrix = value as Matrix;
    if (
      !Array.isArray(matrix) ||
      matrix.length !== area.rows ||
      matrix.some((row) => !Array.isArray(row) || row.length !== area.cols)
    ) {
      throw new Error(`InvalidArgument: ${prop} does not match the range ${areaAddress(area)}`);
    }
    forEachCell(area, (a1, r, c) => {
      const input = matrix[r]![c];
      if (input === null) return; // null leaves a cell as it is (Office's rule for 2-D arrays)
      const before = sheet.cells.get(a1);
      const numberFormat = before?.numberFormat ?? "General";
      if (prop === "numberFormat") {
        sheet.cells.set(a1, { ...(before ?? { value: "" }), numberFormat: String(input) });
        return;
      }
      const typed = typedInput(input, numberFormat);
      if (typed === null) sheet.cells.delete(a1);
      else sheet.cells.set(a1, { ...typed, numberFormat });
    });
  }
}

// --- helpers ------------------------------------------------------------------------------------

function sheetFromSpec(spec: FakeSheetSpec): FakeSheet {
  const sheet = new FakeSheet(spec.name);
  for (const [a1, cell] of Object.entries(spec.cells ?? {})) {
    sheet.cells.set(
      a1,
      typeof cell === "object"
        ? { numberFormat: "General", ...cell }
        : { value: cell, numberFormat: "General" },
    );
  }
  for (const [a1, fill] of Object.entries(spec.fills ?? {})) sheet.fills.set(a1, fill);
  for (const [a1, note] of Object.entries(spec.notes ?? {})) sheet.notes.set(a1, note);
  let id = 1;
  for (const [a1, content] of Object.entries(spec.comments ?? {})) {
    sheet.comments.set(a1, { id: `${spec.name}-own-${id++}`, content });
  }
  return sheet;
}

/**
 * What Excel makes of a value written through `values` or `formulas`: text in a cell formatted
 * "@" stays text; otherwise it is read as if typed, so "=…", "+…", "-…" and "@…" become formulas,
 * "001" a number, "TRUE" a boolean, and a leading apostrophe is dropped. Null: the cell is cleared.
 */
function typedInput(input: unknown, numberFormat: string): Omit<FakeCell, "numberFormat"> | null {
  if (input === "") return null;
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const text = String(input);
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text) };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  if (/^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!)$/.test(text))
    return { value: text, error: true };
  if (text.startsWith("=")) return { value: "", formula: text };
  if (/^[+\-@]/.test(text)) return { value: "", formula: `=${text}` };
  return { value: text };
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === "" && cell.formula === undefined)) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "boolean") return "Boolean";
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  return "String";
}

/**
 * Makes writes to some properties of a mock observable. The mock assigns its own properties
 * when it loads and syncs (through `setValue` and `updatePropertyCall`); those assignments are
 * told apart from the adapter's by wrapping the two, so only the adapter's writes are reported.
 */
function recordWrites(
  node: Node,
  props: readonly string[],
  onWrite: (prop: string, value: unknown) => void,
) {
  let internal = 0;
  for (const method of ["setValue", "updatePropertyCall"]) {
    const original = node[method] as (...args: unknown[]) => unknown;
    node[method] = function (this: Node, ...args: unknown[]) {
      internal++;
      try {
        return original.apply(this, args);
      } finally {
        internal--;
      }
    };
  }
  for (const prop of props) {
    let stored: unknown = node[prop];
    Object.defineProperty(node, prop, {
      get: () => stored,
      set: (value: unknown) => {
        stored = value;
        if (internal === 0 && !MOCK_ERRORS.has(value as string)) onWrite(prop, value);
      },
    });
  }
}

/** A chart: every property set on it (at any depth) and every `setPosition` is recorded. */
function recorder(chart: number, path: string, calls: Call[]): unknown {
  const children = new Map<string, unknown>();
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== "string" || prop === "then") return undefined;
        const at = path ? `${path}.${prop}` : prop;
        if (prop === "setPosition" || prop === "delete") {
          return (...args: unknown[]) => calls.push({ op: "chart", chart, path: at, value: args });
        }
        if (!children.has(prop)) children.set(prop, recorder(chart, at, calls));
        return children.get(prop);
      },
      set(_target, prop, value) {
        calls.push({
          op: "chart",
          chart,
          path: path ? `${path}.${String(prop)}` : String(prop),
          value,
        });
        return true;
      },
    },
  );
}

function expectItemsLoad(what: unknown): void {
  if (typeof what !== "string" || !/^items(\/\w+)?$/.test(what)) {
    throw new Error(`the fake loads a collection's items only (asked: ${JSON.stringify(what)})`);
  }
}

function parseArea(address: string): Area {
  const [first = "", last = first] = plainAddress(address).split(":");
  const from = fromA1(first);
  const to = fromA1(last);
  if (!from || !to)
    throw new Error(`InvalidArgument: the fake reads A1 addresses only (${address})`);
  return { row: from.row, col: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

function plainAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function areaAddress(area: Area): string {
  const first = toA1(area.row, area.col);
  if (area.rows === 1 && area.cols === 1) return first;
  return `${first}:${toA1(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

function forEachCell(area: Area, visit: (a1: string, r: number, c: number) => void): void {
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) visit(toA1(area.row + r, area.col + c), r, c);
  }
}

function areaOf(range: unknown): { sheet: FakeSheet; area: Area } {
  const found = (range as { __area?: { sheet: FakeSheet; area: Area } } | null)?.__area;
  if (!found) throw new Error("InvalidArgument: expected a range of this workbook");
  return found;
}

function cellOf(cell: unknown, sheet: FakeSheet): string {
  if (typeof cell === "string") return plainAddress(cell);
  const { sheet: owner, area } = areaOf(cell);
  if (owner !== sheet) throw new Error("InvalidArgument: the range is on another sheet");
  if (area.rows !== 1 || area.cols !== 1) throw new Error("InvalidArgument: a note takes one cell");
  return toA1(area.row, area.col);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
