import { damaged, ReaderFailure } from "./readerFailure";
import { decodeEntities } from "./xmlText";

/**
 * `open` a start tag, `empty` a self-closing tag, `close` an end tag, `text` character data
 * (a CDATA section is a text token of its own), `end` the end of the part.
 */
export type XmlToken = "open" | "empty" | "close" | "text" | "end";

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUALS = 61;
const COLON = 58;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

// Scratch arrays for `attr`, which asks `attrs` for one name: no array is made per call.
const ONE_NAME: string[] = [""];
const ONE_VALUE: Array<string | undefined> = [undefined];

/**
 * A pull tokenizer over one XML part of a workbook: the caller asks for the next token and
 * reads the tag's name, attributes or text from the scanner. It walks the text with `indexOf`
 * and never recurses, so a deeply nested part costs no stack; it keeps no tree, so memory is
 * the text itself. Namespace prefixes are dropped from names (`x:c` is `c`): producers choose
 * prefixes freely and the names below each namespace do not collide in the parts read here.
 *
 * Refused rather than read: any `<!DOCTYPE`, `<!ENTITY` or other declaration (no entity is
 * ever expanded), nesting deeper than `maxDepth`, and text that is not well-formed enough to
 * find its tags (unclosed tags, quotes, comments; end tags without a start; a part that ends
 * with elements still open).
 *
 * @example
 * const scanner = new XmlScanner('<row r="3"><c r="B3"><v>42</v></c></row>', "sheet1.xml", 64);
 * scanner.next(); // "open"; scanner.name === "row"; scanner.attr("r") === "3"
 */
export class XmlScanner {
  /** The current token. */
  token: XmlToken = "text";
  /** Elements open after the current token: a start tag counts itself, an end tag does not. */
  depth = 0;

  private pos = 0;
  // The current tag's name, as positions in the text: most tags are compared by name and
  // skipped, so no string is made for them. An end tag's name is trimmed and its prefix
  // dropped only when asked for (`nameStart` is -1 until then).
  private nameStart = 0;
  private nameEnd = 0;
  private nextAmp = -1;
  private ampFrom = 0;
  // A plain array of small integers: a scanner is made for each part of each file, and a typed
  // array costs more to make than the few tags of a small part save on it.
  private attributes: number[] = [];
  private attributeCount = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;

  constructor(
    private readonly xml: string,
    /** The part's name in the package, for the findings. */
    readonly part: string,
    private readonly maxDepth: number,
  ) {}

  /** Moves to the next token and returns it. */
  next(): XmlToken {
    const xml = this.xml;
    for (;;) {
      const start = this.pos;
      if (start >= xml.length) return this.finish();
      // Tags mostly follow one another: look before searching.
      const lt = xml.charCodeAt(start) === LT ? start : xml.indexOf("<", start);
      if (lt !== start) {
        const end = lt === -1 ? xml.length : lt;
        this.textStart = start;
        this.textEnd = end;
        this.cdata = false;
        this.pos = end;
        return (this.token = "text");
      }
      const kind = xml.charCodeAt(lt + 1);
      if (kind === SLASH) return this.endTag(lt);
      if (kind === QUESTION) {
        this.pos = this.after("?>", lt + 2);
        continue;
      }
      if (kind === BANG) {
        if (xml.startsWith("--", lt + 2)) {
          this.pos = this.after("-->", lt + 4);
          continue;
        }
        if (xml.startsWith("[CDATA[", lt + 2)) {
          const end = xml.indexOf("]]>", lt + 9);
          if (end === -1) throw damaged(this.part);
          this.textStart = lt + 9;
          this.textEnd = end;
          this.cdata = true;
          this.pos = end + 3;
          return (this.token = "text");
        }
        // DOCTYPE, ENTITY and the other declarations: the way to entity expansion attacks.
        throw new ReaderFailure("file.xml-doctype", { part: this.part });
      }
      return this.startTag(lt);
    }
  }

  /** The current tag's local name (without its namespace prefix). */
  get name(): string {
    if (this.nameStart === -1) this.resolveEndTagName();
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** Whether the current tag's local name is this one; cheaper than comparing `name`. */
  is(localName: string): boolean {
    if (this.nameStart === -1) this.resolveEndTagName();
    const length = this.nameEnd - this.nameStart;
    if (length !== localName.length) return false;
    if (length === 1) return this.xml.charCodeAt(this.nameStart) === localName.charCodeAt(0);
    return this.xml.startsWith(localName, this.nameStart);
  }

  /** The current text token's characters, entities decoded. */
  text(): string {
    return this.cdata
      ? this.xml.slice(this.textStart, this.textEnd)
      : this.decoded(this.textStart, this.textEnd);
  }

  /**
   * The value of the current tag's attribute with this local name (`id` finds `r:id`),
   * entities decoded; undefined when it has none. Namespace declarations are never matched.
   */
  attr(localName: string): string | undefined {
    ONE_NAME[0] = localName;
    ONE_VALUE[0] = undefined;
    this.attrs(ONE_NAME, ONE_VALUE);
    return ONE_VALUE[0];
  }

  /**
   * Several attributes in one pass over the tag: `values[k]` receives the value of the
   * attribute whose local name is `names[k]`, or undefined.
   */
  attrs(names: readonly string[], values: Array<string | undefined>): void {
    for (let k = 0; k < values.length; k++) values[k] = undefined;
    const xml = this.xml;
    const slots = this.attributes;
    for (let a = 0; a < this.attributeCount; a++) {
      const at = a * 5;
      const local = slots[at + 1]!;
      const length = slots[at + 2]! - local;
      const first = xml.charCodeAt(local);
      for (let k = 0; k < names.length; k++) {
        const wanted = names[k]!;
        if (
          length === wanted.length &&
          first === wanted.charCodeAt(0) &&
          (length === 1 || xml.startsWith(wanted, local)) &&
          // `xmlns:r` has the local name `r` but declares a namespace.
          !(local > slots[at]! && xml.startsWith("xmlns:", slots[at]!))
        ) {
          values[k] = this.decoded(slots[at + 3]!, slots[at + 4]!);
          break;
        }
      }
    }
  }

  /**
   * After a start tag: all the text inside the element (CDATA included), up to and including
   * its end tag. After a self-closing tag: "".
   */
  readText(): string {
    if (this.token !== "open") return "";
    // Nearly always plain text then the end tag: read both at once.
    const lt = this.xml.indexOf("<", this.pos);
    if (lt !== -1 && this.xml.charCodeAt(lt + 1) === SLASH) {
      const text = this.decoded(this.pos, lt);
      this.endTag(lt);
      return text;
    }
    const outer = this.depth - 1;
    let out = "";
    for (;;) {
      const token = this.next();
      if (token === "text") out += this.text();
      else if (token === "close" && this.depth === outer) return out;
      else if (token === "end") throw damaged(this.part);
    }
  }

  /** After a start tag: moves past the element's end tag, whatever it holds. */
  skipElement(): void {
    if (this.token !== "open") return;
    const outer = this.depth - 1;
    for (;;) {
      const token = this.next();
      if (token === "close" && this.depth === outer) return;
      if (token === "end") throw damaged(this.part);
    }
  }

  // Reads a start tag and its attributes in one pass, keeping each attribute as positions
  // (qualified name start, local name start, name end, value start, value end): most are
  // never asked for, and those that are need no second pass. The tag ends at the first `>`
  // outside quotes, since attribute values may hold a bare `>`.
  private startTag(lt: number): XmlToken {
    const xml = this.xml;
    const length = xml.length;
    let i = lt + 1;
    let local = i;
    for (; i < length; i++) {
      const ch = xml.charCodeAt(i);
      if (ch <= 32 || ch === SLASH || ch === GT) break;
      if (ch === COLON) local = i + 1;
    }
    const nameEnd = i;
    if (nameEnd === lt + 1) throw damaged(this.part);
    let count = 0;
    let selfClosing = false;
    for (;;) {
      if (i >= length) throw damaged(this.part);
      let ch = xml.charCodeAt(i);
      if (ch <= 32) {
        i++;
        continue;
      }
      if (ch === GT) break;
      if (ch === SLASH && xml.charCodeAt(i + 1) === GT) {
        selfClosing = true;
        i++;
        break;
      }
      const attrName = i;
      let attrLocal = i;
      while (
        i < length &&
        (ch = xml.charCodeAt(i)) !== EQUALS &&
        ch > 32 &&
        ch !== GT &&
        ch !== SLASH
      ) {
        if (ch === COLON) attrLocal = i + 1;
        i++;
      }
      const attrNameEnd = i;
      while (i < length && xml.charCodeAt(i) <= 32) i++;
      if (attrNameEnd === attrName || xml.charCodeAt(i) !== EQUALS) throw damaged(this.part);
      i++;
      while (i < length && xml.charCodeAt(i) <= 32) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) throw damaged(this.part);
      // Values are short: a plain loop beats a call to indexOf.
      let valueEnd = i + 1;
      while (valueEnd < length && xml.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (valueEnd === length) throw damaged(this.part);
      const slots = this.attributes;
      const at = count * 5;
      slots[at] = attrName;
      slots[at + 1] = attrLocal;
      slots[at + 2] = attrNameEnd;
      slots[at + 3] = i + 1;
      slots[at + 4] = valueEnd;
      count++;
      i = valueEnd + 1;
    }
    if (this.depth >= this.maxDepth) {
      throw new ReaderFailure("file.xml-too-deep", { part: this.part, limit: this.maxDepth });
    }
    this.nameStart = local;
    this.nameEnd = nameEnd;
    this.attributeCount = count;
    this.pos = i + 1;
    if (selfClosing) return (this.token = "empty");
    this.depth++;
    return (this.token = "open");
  }

  private endTag(lt: number): XmlToken {
    const xml = this.xml;
    // End tags are short: a plain loop beats a call to indexOf.
    let gt = lt + 2;
    while (gt < xml.length && xml.charCodeAt(gt) !== GT) gt++;
    if (gt === xml.length || this.depth === 0) throw damaged(this.part);
    this.nameStart = -1;
    this.nameEnd = gt;
    this.depth--;
    this.pos = gt + 1;
    return (this.token = "close");
  }

  // Text between two positions, entities decoded. Where the next `&` after `ampFrom` lies is
  // remembered, so that the many values without one cost no search (the search is amortized
  // over the part); attributes may be asked for out of their order, so it is searched again
  // before `ampFrom`.
  private decoded(start: number, end: number): string {
    if (this.nextAmp < start || start < this.ampFrom) {
      const amp = this.xml.indexOf("&", start);
      this.nextAmp = amp === -1 ? this.xml.length : amp;
      this.ampFrom = start;
    }
    const raw = this.xml.slice(start, end);
    return this.nextAmp < end ? decodeEntities(raw) : raw;
  }

  // An end tag `</x:name >` spans from after `</` to `nameEnd` (its `>`).
  private resolveEndTagName(): void {
    const xml = this.xml;
    let from = xml.lastIndexOf("</", this.nameEnd) + 2;
    let to = this.nameEnd;
    while (to > from && xml.charCodeAt(to - 1) <= 32) to--;
    for (let k = from; k < to; k++) if (xml.charCodeAt(k) === COLON) from = k + 1;
    this.nameStart = from;
    this.nameEnd = to;
  }

  private after(terminator: string, from: number): number {
    const at = this.xml.indexOf(terminator, from);
    if (at === -1) throw damaged(this.part);
    return at + terminator.length;
  }

  private finish(): XmlToken {
    // A part that stops with elements still open was cut short.
    if (this.depth !== 0) throw damaged(this.part);
    return (this.token = "end");
  }
}
