/**
 * Ways to damage a good workbook, as e-mail, old tools and ill will do: each mutation takes a
 * good file's bytes and a seeded random source and returns damaged bytes. They work on the raw
 * zip (truncations, byte flips, an .xls header), on its entries (removed, duplicated, swapped,
 * traversal names, wrong content types) and on the inflated XML (byte flips, hostile snippets,
 * huge strings, deep nesting, entity declarations, odd cell references and values). None
 * throws: a mutation that does not apply to what it is given damages the bytes another way.
 */
import { strFromU8, strToU8 } from "fflate";
import { randomInt } from "../support/mulberry32";
import {
  bitFlipped,
  csv,
  deepNesting,
  doctypeEntities,
  longSheet,
  oldXls,
  partsOf,
  passwordProtected,
  traversalOnly,
  truncated,
  withTraversalEntry,
  zipBomb,
  zipParts,
  type Parts,
} from "../integration/hostileFiles";
import { rawZip } from "./rawZip";

export type Random = () => number;

/** One kind of damage. */
export interface Mutation {
  readonly name: string;
  readonly apply: (good: Uint8Array, random: Random) => Uint8Array;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = 1024 * 1024;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function flipBytes(bytes: Uint8Array, random: Random, count: number): Uint8Array {
  const out = bytes.slice();
  if (out.length === 0) return out;
  for (let i = 0; i < count; i++) {
    const at = randomInt(random, 0, out.length - 1);
    out[at] = out[at]! ^ randomInt(random, 1, 255);
  }
  return out;
}

function partsOrNull(bytes: Uint8Array): Parts | null {
  try {
    return partsOf(bytes);
  } catch {
    return null;
  }
}

const xmlNames = (parts: Parts) => Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));

/**
 * Rewrites one XML part chosen by `choose` (among the names given) with `edit`; on bytes that
 * are no longer a zip it flips a few bytes instead, so stacked mutations always damage.
 */
function editXml(
  good: Uint8Array,
  random: Random,
  edit: (xml: string, part: string) => string,
  choose: (names: string[]) => string[] = (names) => names,
): Uint8Array {
  const parts = partsOrNull(good);
  const names = parts ? choose(xmlNames(parts)) : [];
  if (!parts || names.length === 0) return flipBytes(good, random, 4);
  const part = pick(random, names);
  const xml = strFromU8(parts[part]!);
  return zipParts({ ...parts, [part]: strToU8(edit(xml, part)) });
}

const sheets = (names: string[]) => {
  const found = names.filter((n) => n.startsWith("xl/worksheets/") && n.endsWith(".xml"));
  return found.length > 0 ? found : names;
};
const sharedStrings = (names: string[]) =>
  names.includes("xl/sharedStrings.xml") ? ["xl/sharedStrings.xml"] : names;

/** Inserts `snippet` at a random place of the text, or after its root's start tag. */
function insertAt(xml: string, snippet: string, random: Random, afterRoot = false): string {
  if (afterRoot) {
    const root = /<(?![?!])[^>]*>/.exec(xml);
    const at = root ? root.index + root[0].length : 0;
    return xml.slice(0, at) + snippet + xml.slice(at);
  }
  const at = randomInt(random, 0, xml.length);
  return xml.slice(0, at) + snippet + xml.slice(at);
}

/** Replaces one random match of `pattern` (global) by `by(match)`. */
function replaceOne(xml: string, pattern: RegExp, random: Random, by: (m: string) => string) {
  const matches = [...xml.matchAll(pattern)];
  if (matches.length === 0) return `${xml}${by("")}`;
  const m = pick(random, matches);
  return xml.slice(0, m.index) + by(m[0]) + xml.slice(m.index! + m[0].length);
}

const SNIPPETS = [
  "<",
  "&",
  "&amp",
  "&#0;",
  "&#xFFFFFF;",
  "]]>",
  "<!--",
  "<?xml version='1.0'?>",
  "\u0000",
  "\uFFFE",
  '"',
  "</sheetData>",
  '<row r="-1"><c r="A-1"><v>1</v></c></row>',
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="XFE1048577"><v>1</v></c>',
  '<c r="B2" t="e"><v>#REF!</v></c>',
  '<c r="C3" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c>',
  "<x:y xmlns:x='urn:x'>",
  "<![CDATA[<c>]]>",
];

const CONTENT_TYPE_DAMAGE: ReadonlyArray<(xml: string) => string | null> = [
  () => null,
  () => "",
  (xml) =>
    xml.replace(
      /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
  (xml) => xml.replace(/ContentType="[^"]*"/g, 'ContentType="text/plain"'),
  (xml) => xml.slice(0, Math.floor(xml.length / 2)),
];

const REL_TARGETS = [
  "/etc/passwd",
  "../../../../evil.xml",
  "worksheets/sheet99.xml",
  "",
  "workbook.xml",
  "http://example.com/x.xml",
  "/xl/worksheets/../../[Content_Types].xml",
];

const SHEET_NAMES = ["", "BaoCao", "ChamDiem", "x".repeat(10_000), "Bao\u0001Cao", "../BaoCao"];
const CELL_REFS = ["", "A0", "ZZZZZZ1", "A99999999", "1A", "-1", "A1:B2", "😀1"];
const CELL_VALUES = ["1e999", "-1e999", "NaN", "-0", "9".repeat(400), "0x10", "", " ", "1,5"];

/** The kinds of damage the random mode draws from, each with its parameters drawn too. */
export const MUTATIONS: readonly Mutation[] = [
  {
    name: "truncate",
    apply: (good, random) => good.slice(0, randomInt(random, 0, Math.max(0, good.length - 1))),
  },
  {
    name: "zip-byte-flip",
    apply: (good, random) => flipBytes(good, random, randomInt(random, 1, 8)),
  },
  {
    name: "xml-byte-flip",
    apply: (good, random) => {
      const parts = partsOrNull(good);
      if (!parts) return flipBytes(good, random, 4);
      const part = pick(random, Object.keys(parts));
      const flipped = flipBytes(parts[part]!, random, randomInt(random, 1, 8));
      return zipParts({ ...parts, [part]: flipped });
    },
  },
  {
    name: "xml-insert",
    apply: (good, random) =>
      editXml(good, random, (xml) => insertAt(xml, pick(random, SNIPPETS), random)),
  },
  {
    name: "remove-entry",
    apply: (good, random) => {
      const parts = partsOrNull(good);
      if (!parts) return flipBytes(good, random, 4);
      const { [pick(random, Object.keys(parts))]: _gone, ...rest } = parts;
      return zipParts(rest);
    },
  },
  {
    name: "duplicate-entry",
    apply: (good, random) => {
      const parts = partsOrNull(good);
      if (!parts) return flipBytes(good, random, 4);
      const names = Object.keys(parts);
      const twice = pick(random, names);
      const other = parts[pick(random, names)]!;
      const entries = names.map((name) => ({ name, data: parts[name]!, deflate: true }));
      const copy = { name: twice, data: random() < 0.5 ? parts[twice]! : other, deflate: true };
      entries.splice(randomInt(random, 0, entries.length), 0, copy);
      return rawZip(entries);
    },
  },
  {
    name: "content-types",
    apply: (good, random) => {
      const parts = partsOrNull(good);
      const types = parts?.["[Content_Types].xml"];
      if (!parts || !types) return flipBytes(good, random, 4);
      const edited = pick(random, CONTENT_TYPE_DAMAGE)(strFromU8(types));
      const { "[Content_Types].xml": _types, ...rest } = parts;
      return zipParts(edited === null ? rest : { ...rest, "[Content_Types].xml": strToU8(edited) });
    },
  },
  {
    name: "huge-string",
    apply: (good, random) => {
      const length = pick(random, [32_768, 100_000, 1_000_000]);
      return editXml(
        good,
        random,
        (xml) =>
          replaceOne(xml, /<t(?: [^>]*)?>[^<]*<\/t>|<v>[^<]*<\/v>/g, random, (m) =>
            m.startsWith("<v>") ? `<v>${"9".repeat(length)}</v>` : `<t>${"Đ".repeat(length)}</t>`,
          ),
        sharedStrings,
      );
    },
  },
  {
    name: "deep-nesting",
    apply: (good, random) => {
      const depth = pick(random, [65, 1_000, 100_000]);
      const tag = pick(random, ["x", "row", "si", "c"]);
      return editXml(good, random, (xml) =>
        insertAt(xml, `<${tag}>`.repeat(depth) + `</${tag}>`.repeat(depth), random, true),
      );
    },
  },
  {
    name: "entities",
    apply: (good, random) => {
      if (random() < 0.4) {
        try {
          return doctypeEntities(good);
        } catch {
          return flipBytes(good, random, 4);
        }
      }
      const doctype = pick(random, [
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE x SYSTEM "http://example.com/x.dtd">',
        '<!DOCTYPE x [<!ENTITY % p "x">]>',
        "<!DOCTYPE x>",
      ]);
      return editXml(good, random, (xml) => {
        const decl = /^<\?xml[^>]*\?>/.exec(xml)?.[0] ?? "";
        return `${decl}${doctype}${xml.slice(decl.length)}`.replace(/<t>[^<]*<\/t>/, "<t>&e;</t>");
      });
    },
  },
  {
    name: "zip-bomb",
    apply: (good, random) => {
      try {
        return zipBomb(good, "BaoCao", pick(random, [20, 40, 64]), random() < 0.5);
      } catch {
        return flipBytes(good, random, 4);
      }
    },
  },
  {
    name: "xls-header",
    apply: (good, random) => {
      if (random() < 0.5) return random() < 0.5 ? oldXls() : passwordProtected();
      const out = good.slice();
      out.set(OLE2.slice(0, Math.min(OLE2.length, out.length)));
      return out;
    },
  },
  {
    name: "text-renamed",
    apply: (good, random) => {
      if (random() < 0.5) return csv();
      const parts = partsOrNull(good);
      const xml = parts ? parts[pick(random, xmlNames(parts))] : undefined;
      return xml ?? strToU8("STT,Mã số\n1,DV01\n");
    },
  },
  {
    name: "traversal",
    apply: (good, random) => {
      const parts = partsOrNull(good);
      if (!parts || random() < 0.3)
        return random() < 0.5 ? traversalOnly() : flipBytes(good, random, 2);
      if (random() < 0.5) return withTraversalEntry(good);
      const part = pick(random, Object.keys(parts));
      const entries = Object.entries(parts).map(([name, data]) => ({
        name: name === part ? `../${name}` : name,
        data,
        deflate: true,
      }));
      return rawZip(entries);
    },
  },
  {
    name: "swap-parts",
    apply: (good, random) => {
      const parts = partsOrNull(good);
      if (!parts) return flipBytes(good, random, 4);
      const names = Object.keys(parts);
      const a = pick(random, names);
      const b = pick(random, names);
      return zipParts({ ...parts, [a]: parts[b]!, [b]: parts[a]! });
    },
  },
  {
    name: "rels-target",
    apply: (good, random) =>
      editXml(
        good,
        random,
        (xml) =>
          replaceOne(xml, /Target="[^"]*"/g, random, () => `Target="${pick(random, REL_TARGETS)}"`),
        (names) => names.filter((n) => n.endsWith(".rels")),
      ),
  },
  {
    name: "sheet-names",
    apply: (good, random) =>
      editXml(
        good,
        random,
        (xml) =>
          replaceOne(xml, /name="[^"]*"/g, random, () => `name="${pick(random, SHEET_NAMES)}"`),
        (names) => names.filter((n) => n === "xl/workbook.xml"),
      ),
  },
  {
    name: "cell-refs",
    apply: (good, random) =>
      editXml(
        good,
        random,
        (xml) => replaceOne(xml, / r="[^"]*"/g, random, () => ` r="${pick(random, CELL_REFS)}"`),
        sheets,
      ),
  },
  {
    name: "cell-values",
    apply: (good, random) =>
      editXml(
        good,
        random,
        (xml) =>
          replaceOne(xml, /<v>[^<]*<\/v>/g, random, () => `<v>${pick(random, CELL_VALUES)}</v>`),
        sheets,
      ),
  },
  {
    name: "cell-types",
    apply: (good, random) =>
      editXml(
        good,
        random,
        (xml) =>
          replaceOne(
            xml,
            /<c r="[^"]*"/g,
            random,
            (m) => `${m} t="${pick(random, ["s", "b", "e", "d", "str", "inlineStr", "n", "zz"])}"`,
          ).replace(/(<c [^>]*) t="[^"]*"( t="[^"]*")/, "$1$2"),
        sheets,
      ),
  },
  {
    name: "random-bytes",
    apply: (_good, random) => {
      const out = new Uint8Array(randomInt(random, 0, 5000));
      for (let i = 0; i < out.length; i++) out[i] = randomInt(random, 0, 255);
      if (out.length > 4 && random() < 0.5) out.set([0x50, 0x4b, 0x03, 0x04]);
      return out;
    },
  },
];

/** Two or three mutations in a row (never a bomb: one is enough per file). */
const STACKED: Mutation = {
  name: "stacked",
  apply: (good, random) => {
    let bytes = good;
    const light = MUTATIONS.filter((m) => m.name !== "zip-bomb");
    for (let i = randomInt(random, 2, 3); i > 0; i--)
      bytes = pick(random, light).apply(bytes, random);
    return bytes;
  },
};

/** Every kind the random mode draws from. */
export const RANDOM_MUTATIONS: readonly Mutation[] = [...MUTATIONS, STACKED];

/** One file of the hostile corpus: how to make it from a good workbook, and the finding it must give. */
export interface HostileFile {
  readonly name: string;
  readonly make: (good: Uint8Array) => Uint8Array;
  /** The one error it gets under the default rules; null: any error (the reader may catch it several ways). */
  readonly code: string | null;
}

const without = (good: Uint8Array, name: string) => {
  const { [name]: _gone, ...rest } = partsOf(good);
  return zipParts(rest);
};
const edited = (good: Uint8Array, name: string, edit: (xml: string) => string) => {
  const parts = partsOf(good);
  return zipParts({ ...parts, [name]: strToU8(edit(strFromU8(parts[name]!))) });
};

/** The hostile corpus of issue 8, by name. */
export const HOSTILE_CORPUS: readonly HostileFile[] = [
  { name: "empty", make: () => new Uint8Array(0), code: "file.not-xlsx" },
  { name: "truncated", make: (good) => truncated(good), code: "file.damaged" },
  {
    name: "bit-flipped in the zip",
    make: (good) => bitFlipped(good, "BaoCao"),
    code: "file.damaged",
  },
  {
    name: "malformed XML in a sheet",
    make: (good) =>
      edited(good, "xl/worksheets/sheet1.xml", (xml) => xml.replace("<sheetData>", "<sheetData")),
    code: null,
  },
  {
    name: "without its workbook part",
    make: (good) => without(good, "xl/workbook.xml"),
    code: "file.not-workbook",
  },
  {
    name: "without [Content_Types].xml",
    make: (good) => without(good, "[Content_Types].xml"),
    code: "file.damaged",
  },
  {
    name: "without a sheet",
    make: (good) => without(good, "xl/worksheets/sheet1.xml"),
    code: "file.damaged",
  },
  {
    name: "with every entry twice",
    make: (good) =>
      rawZip(
        Object.entries(partsOf(good)).flatMap(([name, data]) => [
          { name, data, deflate: true },
          { name, data: strToU8("<x/>") },
        ]),
      ),
    code: null,
  },
  {
    name: "with a word-processing main part",
    make: (good) => edited(good, "[Content_Types].xml", (xml) => CONTENT_TYPE_DAMAGE[2]!(xml)!),
    code: "file.not-workbook",
  },
  {
    name: "with a 40,000-character string",
    make: (good) =>
      edited(good, "xl/sharedStrings.xml", (xml) =>
        xml.replace(/<t>[^<]*<\/t>/, `<t>${"Đ".repeat(40_000)}</t>`),
      ),
    code: "file.string-too-long",
  },
  {
    name: "200,000-deep nesting",
    make: (good) => deepNesting(good, "BaoCao", 200_000),
    code: "file.xml-too-deep",
  },
  { name: "entity expansion", make: (good) => doctypeEntities(good), code: "file.xml-doctype" },
  {
    name: "a 700 MB zip bomb",
    make: (good) => zipBomb(good, "BaoCao", 700, true),
    code: "file.zip-bomb",
  },
  {
    name: "a zip bomb lying on its size",
    make: (good) => zipBomb(good, "BaoCao", 700, false),
    code: "file.zip-bomb",
  },
  {
    name: "a 300,000-row sheet",
    make: (good) => longSheet(good, "ChamDiem", 300_000),
    code: "file.sheet-too-long",
  },
  { name: "an .xls workbook", make: () => oldXls(), code: "file.xls" },
  {
    name: "a password-protected workbook",
    make: () => passwordProtected(),
    code: "file.password-protected",
  },
  { name: "a CSV renamed .xlsx", make: () => csv(), code: "file.csv" },
  {
    name: "a zip of traversal names only",
    make: () => traversalOnly(),
    code: "file.not-workbook",
  },
  { name: "over 20 MB", make: () => new Uint8Array(21 * MB), code: "file.too-large" },
];
