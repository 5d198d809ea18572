import { readDirection } from "./direction";

describe("readDirection", () => {
  it.each<[unknown, string | undefined]>([
    [null, "higher"],
    [undefined, "higher"],
    ["", "higher"],
    ["   ", "higher"],
    ["higher", "higher"],
    ["HIGHER", "higher"],
    ["cao", "higher"],
    ["tăng", "higher"],
    ["Càng cao càng tốt", "higher"],
    ["cang  cao cang tot", "higher"],
    ["lower", "lower"],
    ["Lower", "lower"],
    ["thấp", "lower"],
    ["giảm", "lower"],
    ["càng thấp càng tốt", "lower"],
    ["CANG THAP CANG TOT", "lower"],
    ["càng ít càng tốt", "lower"],
    ["sideways", undefined],
    ["cao thấp", undefined],
    [1, undefined],
    [true, undefined],
  ])("reads %p as %p", (cell, expected) => {
    expect(readDirection(cell)).toBe(expected);
  });
});
