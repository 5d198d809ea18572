import { jsonErrorPosition } from "./jsonErrorPosition";

describe("jsonErrorPosition", () => {
  it.each<[string, string, number, number, number]>([
    ["a trailing comma in an object", '{\n  "a": 1,\n}', 12, 3, 1],
    ["a trailing comma in a list", '{"a": [1, 2,]}', 12, 1, 13],
    ["a key without quotes", "{\n  thresholds: {}\n}", 4, 2, 3],
    ["single quotes", "{'a': 1}", 1, 1, 2],
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', 13, 3, 3],
    ["a missing colon", '{"a" 1}', 5, 1, 6],
    ["an unclosed list", '{"a": [1, 2', 11, 1, 12],
    ["an unclosed string", '{"a": "Năm 2024}', 16, 1, 17],
    ["a decimal comma", '{"share": 0,2}', 12, 1, 13],
    ["a word that is not a literal", '{"quota": none}', 10, 1, 11],
    ["a comment", '// rules\n{"a": 1}', 0, 1, 1],
    ["an empty text", "", 0, 1, 1],
    ["text after the document", '{"a": 1} x', 9, 1, 10],
    ["a bad escape", '{"a": "\\x"}', 7, 1, 8],
    ["a raw line break in a string", '{"a": "x\ny"}', 8, 1, 9],
  ])("finds %s", (_name, text, offset, line, column) => {
    expect(jsonErrorPosition(text)).toEqual({ offset, line, column });
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each([
    '{"a": 1}',
    ' [1, -2.5e3, true, false, null, "x\\u00e9\\n"] ',
    '{"nested": {"list": [{}, []]}, "text": "Năm 2024"}',
    "0",
  ])("accepts the valid document %j", (text) => {
    expect(jsonErrorPosition(text)).toBeNull();
    expect(() => JSON.parse(text)).not.toThrow();
  });
});
