import { parseMembership } from "./parseMembership";

describe("parseMembership", () => {
  it.each([
    ["Trực thuộc", "direct"],
    ["TRUC THUOC", "direct"],
    [" trực  tiếp ", "direct"],
    ["direct", "direct"],
    ["Thành viên", "member"],
    ["Công đoàn thành viên", "member"],
    ["member", "member"],
    ["Có", null],
    ["", null],
  ])("reads %j as %j", (text, membership) => {
    expect(parseMembership(text)).toBe(membership);
  });
});
