/**
 * What a file's first bytes say it is: `zip` (an xlsx, or any other zip), `xls` (an OLE2
 * compound file: Excel 97–2003), `encrypted` (an OLE2 file holding an encrypted xlsx: that is
 * how Excel saves a workbook with a password to open), `text` (CSV, HTML, XML or plain text,
 * often a CSV or a web page renamed to .xls), `empty`, or `unknown`.
 */
export type SniffedFormat = "zip" | "xls" | "encrypted" | "text" | "empty" | "unknown";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Stream names of an encrypted OOXML package, as OLE2 directory entries store them (UTF-16LE).
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map(utf16le);
const TEXT_SAMPLE = 4096;

/**
 * Tells the kind of a file from its bytes, never from its name.
 *
 * @example
 * sniffFormat(new TextEncoder().encode("Mã đơn vị;Tên\n")) // "text"
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return "empty";
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    bytes[3] === bytes[2]! + 1
  ) {
    return "zip";
  }
  if (OLE2.every((byte, i) => bytes[i] === byte)) {
    return ENCRYPTION_STREAMS.some((name) => contains(bytes, name)) ? "encrypted" : "xls";
  }
  return looksLikeText(bytes) ? "text" : "unknown";
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, pattern: Uint8Array): boolean {
  const first = pattern[0]!;
  const last = bytes.length - pattern.length;
  for (let at = bytes.indexOf(first); at !== -1 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  // A byte-order mark: UTF-8, UTF-16LE, UTF-16BE.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return true;
  // A PDF starts with text, but it is not one.
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return false;
  const end = Math.min(bytes.length, TEXT_SAMPLE);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    // Tab, line feed, form feed, carriage return; 0x1A is the old end-of-file mark.
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1a
    ) {
      return false;
    }
  }
  return true;
}
