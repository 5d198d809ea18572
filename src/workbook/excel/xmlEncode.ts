/**
 * ExcelJS 4.4's utils.xmlEncode, for the parts we write in its place: the five XML characters
 * escaped, DEL and the control characters XML 1.0 forbids dropped (tab, line feed and carriage
 * return kept).
 */
export function xmlEncode(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 62 && code !== 127) continue;
    const escaped = escapeOf(code);
    if (escaped === null) continue;
    out += text.slice(from, i) + escaped;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function escapeOf(code: number): string | null {
  switch (code) {
    case 34:
      return "&quot;";
    case 38:
      return "&amp;";
    case 39:
      return "&apos;";
    case 60:
      return "&lt;";
    case 62:
      return "&gt;";
    case 9:
    case 10:
    case 13:
      return null;
    default:
      return code < 32 || code === 127 ? "" : null;
  }
}
