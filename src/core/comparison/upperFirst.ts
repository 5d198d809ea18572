/**
 * A sentence with its first letter in capitals, for sentences that begin with a part built
 * elsewhere ("tăng 03 CĐCS …" → "Tăng 03 CĐCS …").
 *
 * @example
 * upperFirst("tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ") // "Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ"
 * upperFirst("đạt") // "Đạt"
 */
export function upperFirst(sentence: string): string {
  const [first, ...rest] = [...sentence];
  return first === undefined ? sentence : first.toLocaleUpperCase("vi") + rest.join("");
}
