import { buildMatrix, cellOf, commonShape, describeShape, shapeOf, toMatrix } from "./matrix";

describe("toMatrix", () => {
  it.each<[string, unknown, unknown]>([
    [
      "keeps a range as Excel passes it",
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ["makes a bare number one cell", 153, [[153]]],
    ["makes bare text one cell", "2.686", [["2.686"]]],
    ["makes a one-dimensional list one row", [1, 2, 3], [[1, 2, 3]]],
    ["reads an omitted optional (null) as no argument", null, null],
    ["reads an omitted optional (undefined) as no argument", undefined, null],
  ])("%s", (_name, argument, expected) => {
    expect(toMatrix(argument)).toEqual(expected);
  });
});

describe("commonShape", () => {
  it.each<[string, unknown[][][], unknown]>([
    [
      "takes the size shared by two ranges",
      [
        [[1], [2]],
        [[3], [4]],
      ],
      { shape: { rows: 2, columns: 1 } },
    ],
    [
      "repeats a single cell over a range (1×1 with 3×1)",
      [[[5]], [[1], [2], [3]]],
      { shape: { rows: 3, columns: 1 } },
    ],
    [
      "repeats a single cell either way round",
      [[[1, 2]], [[5]]],
      { shape: { rows: 1, columns: 2 } },
    ],
    [
      "gives one cell for single cells only",
      [[[1]], [[2]], [[3]]],
      { shape: { rows: 1, columns: 1 } },
    ],
    [
      "names the first two ranges that disagree",
      [[[1], [2]], [[1]], [[1, 2]]],
      { conflict: [0, 2] },
    ],
    [
      "refuses a column against a row of the same count",
      [[[1], [2]], [[1, 2]]],
      { conflict: [0, 1] },
    ],
  ])("%s", (_name, matrices, expected) => {
    expect(commonShape(matrices)).toEqual(expected);
  });
});

describe("cellOf", () => {
  it("repeats a single cell at every position", () => {
    expect(cellOf([[7]], 4, 2)).toBe(7);
  });
  it("reads a missing cell of a ragged range as blank", () => {
    expect(cellOf([[1, 2], [3]], 1, 1)).toBeNull();
  });
});

describe("shapeOf, describeShape and buildMatrix", () => {
  it("describes a 3×2 range and builds one cell by cell", () => {
    const shape = shapeOf([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(describeShape(shape)).toBe("3×2");
    expect(buildMatrix(shape, (r, c) => `${r}${c}`)).toEqual([
      ["00", "01"],
      ["10", "11"],
      ["20", "21"],
    ]);
  });
});
