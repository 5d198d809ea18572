/**
 * How many bytes a text takes in UTF-8, as Office sends a request: Vietnamese letters take
 * two or three bytes each, so a string's `length` would undercount a payload up to threefold.
 *
 * @example
 * utf8Length("abc") // 3
 * utf8Length("Tổng hợp") // 12
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
