/**
 * Where a JSON text stops being JSON, found by reading it against the JSON grammar (RFC 8259)
 * rather than from JSON.parse's message, whose wording and position differ between Node,
 * Excel's browsers and versions. Returns the offset of the first character that cannot
 * continue the document (the text's length when it ends too early) with its 1-based line and
 * column, or null when the text is valid JSON.
 *
 * @example
 * jsonErrorPosition('{\n  "a": 1,\n}') // { offset: 12, line: 3, column: 1 }
 * jsonErrorPosition('{"a": [1, 2') // { offset: 11, line: 1, column: 12 }
 * jsonErrorPosition('{"a": 1}') // null
 */
export function jsonErrorPosition(
  text: string,
): { offset: number; line: number; column: number } | null {
  const offset = new JsonScanner(text).firstError();
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { offset, line, column };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ["true", "false", "null"] as const;
// Deeper than any rules file; stops a hostile "[[[[…" from exhausting the stack.
const MAX_DEPTH = 1000;

class JsonScanner {
  private at = 0;

  constructor(private readonly text: string) {}

  /** The offset of the first error, or null; each reader returns false with `at` on it. */
  firstError(): number | null {
    this.skipSpace();
    if (!this.value(0)) return this.at;
    this.skipSpace();
    return this.at < this.text.length ? this.at : null;
  }

  private value(depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const c = this.text[this.at];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    for (const word of LITERALS) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (!number) return false;
    this.at += number[0].length;
    return true;
  }

  private object(depth: number): boolean {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === "}") {
      this.at++;
      return true;
    }
    for (;;) {
      if (this.text[this.at] !== '"' || !this.string()) return false;
      this.skipSpace();
      if (this.text[this.at] !== ":") return false;
      this.at++;
      this.skipSpace();
      if (!this.value(depth + 1)) return false;
      this.skipSpace();
      const next = this.text[this.at];
      this.at++;
      if (next === "}") return true;
      if (next !== ",") return this.back();
      this.skipSpace();
    }
  }

  private array(depth: number): boolean {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === "]") {
      this.at++;
      return true;
    }
    for (;;) {
      if (!this.value(depth + 1)) return false;
      this.skipSpace();
      const next = this.text[this.at];
      this.at++;
      if (next === "]") return true;
      if (next !== ",") return this.back();
      this.skipSpace();
    }
  }

  private string(): boolean {
    this.at++;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined || c.charCodeAt(0) < 0x20) return false;
      if (c === '"') {
        this.at++;
        return true;
      }
      if (c === "\\") {
        ESCAPE.lastIndex = this.at;
        const escape = ESCAPE.exec(this.text);
        if (!escape) return false;
        this.at += escape[0].length;
      } else this.at++;
    }
  }

  /** Steps back onto the character that was read but does not fit, to report it. */
  private back(): false {
    this.at = Math.min(this.at - 1, this.text.length);
    return false;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && " \t\n\r".includes(this.text[this.at]!)) this.at++;
  }
}
