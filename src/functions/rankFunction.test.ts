import { rankMatrix } from "./rankFunction";

const value = (message: string) => ({
  cellError: "#VALUE!",
  message: expect.stringContaining(message),
});
const notFound = (message: string) => ({
  cellError: "#N/A",
  message: expect.stringContaining(message),
});

const SCORES = [[96], [91.5], [91.5], [88], [72.25]];
const CLUSTERS = [["Cụm 1"], ["Cụm 2"], ["cum 1"], ["Cụm 2"], ["Cụm 1"]];

describe("rankMatrix", () => {
  it.each<[string, unknown, unknown, unknown]>([
    ["ranks the highest score first", [[96]], SCORES, [[1]]],
    ["shares a rank between equal scores (1, 2, 2, 4)", [[91.5]], SCORES, [[2]]],
    ["skips the rank after a tie", [[88]], SCORES, [[4]]],
    ["ranks the lowest last", [[72.25]], SCORES, [[5]]],
    ["takes a bare number", 88, SCORES, [[4]]],
    ["gives #N/A for a score not in the list", [[90]], SCORES, [[notFound("90")]]],
    ["writes the missing score the Vietnamese way", [[90.5]], SCORES, [[notFound("90,5")]]],
    ["gives a blank for an empty score cell", [[null]], SCORES, [[""]]],
    ["gives a blank for a score of empty text", [[""]], SCORES, [[""]]],
    ["refuses a score typed as text, quoting it", [["91,5"]], SCORES, [[value("'91,5'")]]],
    ["refuses TRUE as a score", [[true]], SCORES, [[value("TRUE")]]],
    [
      "skips blanks, text and TRUE/FALSE in the list",
      [[80]],
      [[null], ["95"], [80], [true], [""], [70]],
      [[1]],
    ],
    ["reads a row of scores as well as a column", [[80]], [[90, 80, 80, 70]], [[2]]],
    [
      "ranks among a 2-D block of scores",
      [[80]],
      [
        [90, 80],
        [85, 70],
      ],
      [[3]],
    ],
  ])("%s", (_name, score, scores, expected) => {
    expect(rankMatrix(score, scores, null, null)).toEqual(expected);
  });

  it("spills one rank per cell when the score is the whole list (1, 2, 2, 4, 5)", () => {
    expect(rankMatrix(SCORES, SCORES, null, null)).toEqual([[1], [2], [2], [4], [5]]);
  });

  it("treats omitted optionals the same whether null or undefined", () => {
    expect(rankMatrix([[88]], SCORES, undefined, undefined)).toEqual([[4]]);
  });

  it.each<[string, unknown, unknown, unknown]>([
    ["ranks within the unit's cluster", [[72.25]], [["Cụm 1"]], [[3]]],
    ["matches cluster names ignoring case and diacritics", [[91.5]], [["CUM 1"]], [[2]]],
    ["ranks the best of another cluster first", [[91.5]], [["Cụm 2"]], [[1]]],
    [
      "gives #N/A for a score that is in the list but not in the cluster",
      [[88]],
      [["Cụm 1"]],
      [[notFound("Cụm 1")]],
    ],
    ["gives #N/A for a cluster no row belongs to", [[88]], [["Cụm 9"]], [[notFound("Cụm 9")]]],
    ["gives a blank for a unit in no cluster", [[88]], [[null]], [[""]]],
  ])("%s", (_name, score, cluster, expected) => {
    expect(rankMatrix(score, SCORES, cluster, CLUSTERS)).toEqual(expected);
  });

  it("spills cluster ranks for the whole list", () => {
    expect(rankMatrix(SCORES, SCORES, CLUSTERS, CLUSTERS)).toEqual([[1], [1], [2], [2], [3]]);
  });

  it("repeats a single cluster over a range of scores", () => {
    expect(rankMatrix([[96], [72.25]], SCORES, [["Cụm 1"]], CLUSTERS)).toEqual([[1], [3]]);
  });

  it("reads numbered clusters such as 1 and 2", () => {
    const clusters = [[1], [2], [1], [2], [1]];
    expect(rankMatrix(SCORES, SCORES, clusters, clusters)).toEqual([[1], [1], [2], [2], [3]]);
  });

  it("leaves rows without a cluster out of every cluster", () => {
    const clusters = [[null], ["A"], ["A"], ["A"], [null]];
    expect(rankMatrix([[88]], SCORES, [["A"]], clusters)).toEqual([[3]]);
  });

  it.each<[string, unknown, unknown, unknown, unknown, string]>([
    [
      "clusters of another size than the scores",
      [[88]],
      SCORES,
      [["A"]],
      [["A"], ["B"]],
      "cột cụm (2×1)",
    ],
    [
      "a cluster range of another size than the score range",
      [[1], [2]],
      SCORES,
      [["A"], ["B"], ["C"]],
      CLUSTERS,
      "cụm (3×1)",
    ],
    ["a cluster without the clusters column", [[88]], SCORES, [["A"]], null, "thiếu cột cụm"],
    [
      "a clusters column without the unit's cluster",
      [[88]],
      SCORES,
      null,
      CLUSTERS,
      "thiếu cụm của đơn vị",
    ],
  ])("gives one #VALUE! for %s", (_name, score, scores, cluster, clusters, message) => {
    expect(rankMatrix(score, scores, cluster, clusters)).toEqual([[value(message)]]);
  });

  it("writes its messages in English on request", () => {
    expect(rankMatrix([[1]], SCORES, null, null, "en")).toEqual([[notFound("The score 1 is not")]]);
  });
});
