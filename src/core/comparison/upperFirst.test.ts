import { upperFirst } from "./upperFirst";

describe("upperFirst", () => {
  it.each([
    ["tăng 03 CĐCS", "Tăng 03 CĐCS"],
    ["đạt", "Đạt"],
    ["ở", "Ở"],
    ["Compared", "Compared"],
    ["", ""],
  ])("writes %j as %j", (input, output) => {
    expect(upperFirst(input)).toBe(output);
  });
});
