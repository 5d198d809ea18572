// A small, strict XML reader for the add-in manifest: elements, attributes, text, comments,
// CDATA, the five named entities and character references, and namespaces. Anything that is
// not well-formed throws, so a broken manifest fails the test instead of parsing "mostly".
// (Microsoft's validator posts the manifest to a web service and cannot run offline.)

export interface XmlElement {
  /** The name as written, prefix included ("bt:Image"). */
  readonly name: string;
  /** The local part of the name ("Image"). */
  readonly local: string;
  /** The namespace URI the prefix (or the default namespace) resolves to; "" for none. */
  readonly ns: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text, its children's excluded, trimmed. */
  readonly text: string;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const XML_NS = "http://www.w3.org/XML/1998/namespace";

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new Error(`XML: unterminated entity near offset ${at}`);
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = NAMED_ENTITIES[ref];
    if (named === undefined) throw new Error(`XML: unknown entity &${ref}; near offset ${at}`);
    return named;
  });
}

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string[];
  scope: Map<string, string>;
}

function resolve(
  name: string,
  scope: Map<string, string>,
  isAttribute: boolean,
): { ns: string; local: string } {
  const colon = name.indexOf(":");
  if (colon < 0) return { ns: isAttribute ? "" : (scope.get("") ?? ""), local: name };
  const prefix = name.slice(0, colon);
  const ns = prefix === "xml" ? XML_NS : scope.get(prefix);
  if (ns === undefined)
    throw new Error(`XML: namespace prefix "${prefix}" of <${name}> is not declared`);
  return { ns, local: name.slice(colon + 1) };
}

function close(open: OpenElement): XmlElement {
  const { ns, local } = resolve(open.name, open.scope, false);
  for (const attribute of Object.keys(open.attributes)) {
    if (!attribute.startsWith("xmlns")) resolve(attribute, open.scope, true);
  }
  return {
    name: open.name,
    local,
    ns,
    attributes: open.attributes,
    children: open.children,
    text: open.text.join("").trim(),
  };
}

/**
 * Parses one XML document into its root element.
 *
 * @example
 * parseXml('<a x="1"><b>hi</b></a>').children[0]?.text // "hi"
 */
export function parseXml(source: string): XmlElement {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;

  const expect = (token: string): void => {
    const end = source.indexOf(token, i);
    if (end < 0) throw new Error(`XML: "${token}" expected after offset ${i}`);
    i = end + token.length;
  };

  while (i < source.length) {
    const top = stack[stack.length - 1];
    if (source[i] !== "<") {
      const next = source.indexOf("<", i);
      const raw = source.slice(i, next < 0 ? source.length : next);
      if (top) top.text.push(decode(raw, i));
      else if (raw.trim() !== "")
        throw new Error(`XML: text outside the root element at offset ${i}`);
      i = next < 0 ? source.length : next;
      continue;
    }
    if (source.startsWith("<?", i)) {
      expect("?>");
    } else if (source.startsWith("<!--", i)) {
      expect("-->");
    } else if (source.startsWith("<![CDATA[", i)) {
      if (!top) throw new Error(`XML: CDATA outside the root element at offset ${i}`);
      const start = i + 9;
      expect("]]>");
      top.text.push(source.slice(start, i - 3));
    } else if (source.startsWith("<!", i)) {
      throw new Error(`XML: declarations (<!DOCTYPE …>) are not expected, offset ${i}`);
    } else if (source.startsWith("</", i)) {
      const match = NAME.exec(source.slice(i + 2));
      if (!match || !top || match[0] !== top.name) {
        throw new Error(
          `XML: </${match?.[0] ?? "?"}> does not close <${top?.name ?? "nothing"}> at offset ${i}`,
        );
      }
      i += 2 + match[0].length;
      const rest = /^\s*>/.exec(source.slice(i));
      if (!rest) throw new Error(`XML: malformed closing tag at offset ${i}`);
      i += rest[0].length;
      stack.pop();
      const element = close(top);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
    } else {
      if (root) throw new Error(`XML: a second root element at offset ${i}`);
      const match = NAME.exec(source.slice(i + 1));
      if (!match) throw new Error(`XML: malformed tag at offset ${i}`);
      i += 1 + match[0].length;
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        const space = /^\s*/.exec(source.slice(i));
        const skipped = space ? space[0].length : 0;
        i += skipped;
        if (source.startsWith("/>", i)) {
          selfClosing = true;
          i += 2;
          break;
        }
        if (source[i] === ">") {
          i += 1;
          break;
        }
        const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(
          source.slice(i),
        );
        if (!attribute || skipped === 0)
          throw new Error(`XML: malformed attribute in <${match[0]}> at offset ${i}`);
        const name = attribute[1] as string;
        if (name in attributes) throw new Error(`XML: attribute ${name} repeated in <${match[0]}>`);
        attributes[name] = decode(attribute[3] ?? attribute[4] ?? "", i);
        i += attribute[0].length;
      }
      const scope = new Map(top?.scope ?? []);
      for (const [name, value] of Object.entries(attributes)) {
        if (name === "xmlns") scope.set("", value);
        else if (name.startsWith("xmlns:")) scope.set(name.slice(6), value);
      }
      const open: OpenElement = { name: match[0], attributes, children: [], text: [], scope };
      if (selfClosing) {
        const element = close(open);
        if (top) top.children.push(element);
        else root = element;
      } else {
        stack.push(open);
      }
    }
  }
  if (stack.length > 0) throw new Error(`XML: <${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new Error("XML: no root element");
  return root;
}

/** Every element below `element` (depth first, document order), itself excluded. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The descendants whose local name is `local` (and namespace `ns`, when given). */
export function findAll(element: XmlElement, local: string, ns?: string): XmlElement[] {
  return descendants(element).filter((e) => e.local === local && (ns === undefined || e.ns === ns));
}

/** Follows a path of local names through direct children; undefined when any step is missing. */
export function child(element: XmlElement, ...path: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = element;
  for (const step of path) current = current?.children.find((c) => c.local === step);
  return current;
}
