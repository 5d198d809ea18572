import { takeWholeTies } from "./takeWholeTies";

// Each item is its rank: the list below is already in rank order.
const cut = (ranks: number[], limit: number) => takeWholeTies(ranks, limit, (r) => r);

describe("takeWholeTies", () => {
  it.each<[string, number[], number, { taken: number[]; tiedOut: number[]; beyond: number[] }]>([
    [
      "takes everything within the limit",
      [1, 2, 3],
      5,
      { taken: [1, 2, 3], tiedOut: [], beyond: [] },
    ],
    [
      "takes exactly the limit without ties",
      [1, 2, 3, 4],
      2,
      { taken: [1, 2], tiedOut: [], beyond: [3, 4] },
    ],
    [
      "takes a tie that fits exactly",
      [1, 2, 2, 4],
      3,
      { taken: [1, 2, 2], tiedOut: [], beyond: [4] },
    ],
    [
      "leaves out a whole tie straddling the limit",
      [1, 2, 2, 4],
      2,
      { taken: [1], tiedOut: [2, 2], beyond: [4] },
    ],
    [
      "leaves out a tie at the top: none taken",
      [1, 1, 3],
      1,
      { taken: [], tiedOut: [1, 1], beyond: [3] },
    ],
    [
      "treats a tie wholly past the limit as beyond, not tied out",
      [1, 2, 2],
      1,
      { taken: [1], tiedOut: [], beyond: [2, 2] },
    ],
    ["takes nothing with a limit of 0", [1, 2], 0, { taken: [], tiedOut: [], beyond: [1, 2] }],
    ["takes nothing from nothing", [], 3, { taken: [], tiedOut: [], beyond: [] }],
  ])("%s", (_name, ranks, limit, expected) => {
    expect(cut(ranks, limit)).toEqual(expected);
  });
});
