import { normalizeLabel } from "../text/normalizeLabel";
import type { Membership } from "./expectedUnit";

// The sheet's own words, the words staff say, and the config file's.
const WORDS: Readonly<Record<string, Membership>> = {
  "truc thuoc": "direct",
  "truc tiep": "direct",
  direct: "direct",
  "thanh vien": "member",
  "cong doan thanh vien": "member",
  member: "member",
};

/**
 * Reads the `Trực thuộc/Thành viên` cell of a `DanhSach` row, ignoring case, diacritics and
 * spacing: Trực thuộc (or Trực tiếp, direct) is a unit the CĐVC leads directly, Thành viên (or
 * Công đoàn thành viên, member) a member union; anything else is null.
 *
 * @example
 * parseMembership("TRUC THUOC") // "direct"
 * parseMembership("Thành viên") // "member"
 * parseMembership("Có") // null
 */
export function parseMembership(text: string): Membership | null {
  return WORDS[normalizeLabel(text)] ?? null;
}
