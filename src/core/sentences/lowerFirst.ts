/**
 * A label as it reads inside a sentence: its first letter in lower case ("Tổ chức Hội nghị
 * CBCCVC" → "tổ chức Hội nghị CBCCVC"), unless the first word is an abbreviation written in
 * capitals ("CĐCS có …", "VHVN-TDTT"), which stays as written.
 *
 * @example
 * lowerFirst("Tổ chức Hội nghị CBCCVC") // "tổ chức Hội nghị CBCCVC"
 * lowerFirst("CBCCVC được tập huấn") // "CBCCVC được tập huấn"
 * lowerFirst("Đạt chuẩn \"Cơ quan văn hóa\"") // "đạt chuẩn \"Cơ quan văn hóa\""
 */
export function lowerFirst(label: string): string {
  const text = label.trim();
  const chars = [...text];
  const first = chars[0];
  const second = chars[1];
  if (first === undefined) return text;
  const isUpper = (c: string) => c !== c.toLocaleLowerCase("vi") && c === c.toLocaleUpperCase("vi");
  if (second !== undefined && isUpper(second)) return text;
  return first.toLocaleLowerCase("vi") + chars.slice(1).join("");
}
