import { readUnitWord, type UnitWord } from "./unitWords";

describe("readUnitWord", () => {
  it.each<[string, UnitWord]>([
    ["dong", { kind: "money", exponent: 0 }],
    ["d", { kind: "money", exponent: 0 }],
    ["vnd", { kind: "money", exponent: 0 }],
    ["nghin dong", { kind: "money", exponent: 3 }],
    ["ngan dong", { kind: "money", exponent: 3 }],
    ["trieu dong", { kind: "money", exponent: 6 }],
    ["trieu d", { kind: "money", exponent: 6 }],
    ["trd", { kind: "money", exponent: 6 }],
    ["tr.d", { kind: "money", exponent: 6 }],
    ["ty dong", { kind: "money", exponent: 9 }],
    ["ti dong", { kind: "money", exponent: 9 }],
    ["nghin", { kind: "scale", exponent: 3 }],
    ["trieu", { kind: "scale", exponent: 6 }],
    ["ty", { kind: "scale", exponent: 9 }],
    ["ti", { kind: "scale", exponent: 9 }],
    ["%", { kind: "percent" }],
    ["phan tram", { kind: "percent" }],
    ["nguoi", { kind: "count", group: "nguoi", exponent: 0, known: true }],
    ["doan vien", { kind: "count", group: "nguoi", exponent: 0, known: true }],
    ["dong chi", { kind: "count", group: "nguoi", exponent: 0, known: true }],
    ["luot", { kind: "count", group: "luot", exponent: 0, known: true }],
    ["can nha", { kind: "count", group: "can", exponent: 0, known: true }],
    ["nghin sang kien", { kind: "count", group: "sang kien", exponent: 3, known: true }],
    ["trieu nguoi", { kind: "count", group: "nguoi", exponent: 6, known: true }],
    ["mo hinh", { kind: "count", group: "mo hinh", exponent: 0, known: false }],
    ["nghin mo hinh", { kind: "count", group: "mo hinh", exponent: 3, known: false }],
    ["nguoi?", { kind: "count", group: "nguoi?", exponent: 0, known: false }],
    ["nghin %", { kind: "count", group: "%", exponent: 3, known: false }],
    ["trieu trieu", { kind: "count", group: "trieu", exponent: 6, known: false }],
    ["co/khong", { kind: "count", group: "co/khong", exponent: 0, known: false }],
  ])("reads %j", (folded, expected) => {
    expect(readUnitWord(folded)).toEqual(expected);
  });
});
