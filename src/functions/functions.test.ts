import { FakeCustomFunctionsError, installFakeCustomFunctions } from "./fakeCustomFunctions";
import { attainment, rankCdcs } from "./functions";

// Excel passes an omitted optional argument as null, which the declared parameter types (the
// ones the metadata is generated from) cannot express.
const OMITTED = null as unknown as undefined;

const excelError = (code: string, message?: string | RegExp) =>
  expect.objectContaining({
    code,
    message: message === undefined ? undefined : expect.stringMatching(message),
  });

beforeAll(installFakeCustomFunctions);

describe("CDVC.ATTAINMENT as Excel calls it", () => {
  it.each<[string, unknown[][], unknown[][], unknown[][] | undefined, unknown[][]]>([
    ["=ATTAINMENT(153;59)", [[153]], [[59]], OMITTED, [[153 / 59]]],
    ['=ATTAINMENT("2.686";"216,8")', [["2.686"]], [["216,8"]], OMITTED, [[2686 / 216.8]]],
    ['=ATTAINMENT(2;4;"lower")', [[2]], [[4]], [["lower"]], [[2]]],
    ['=ATTAINMENT(0;4;"giảm")', [[0]], [[4]], [["giảm"]], [[1]]],
    ["=ATTAINMENT(E2:E3;F2:F3) on empty cells", [[null], [""]], [[5], [5]], OMITTED, [[""], [""]]],
  ])("%s", (_formula, actual, target, direction, expected) => {
    expect(attainment(actual, target, direction)).toEqual(expected);
  });

  it.each<[string, unknown[][], unknown[][], unknown[][] | undefined, string, RegExp | undefined]>([
    ["=ATTAINMENT(5;0)", [[5]], [[0]], OMITTED, "#DIV/0!", undefined],
    ["=ATTAINMENT(5;E1) with E1 empty", [[5]], [[null]], OMITTED, "#DIV/0!", undefined],
    ['=ATTAINMENT("khoảng 20";59)', [["khoảng 20"]], [[59]], OMITTED, "#VALUE!", /'khoảng 20'/],
    ['=ATTAINMENT(1;2;"ngang")', [[1]], [[2]], [["ngang"]], "#VALUE!", /'ngang'/],
    ["=ATTAINMENT(A1:A3;B1:B2)", [[1], [2], [3]], [[1], [2]], OMITTED, "#VALUE!", /3×1.*2×1/],
  ])("%s gives %s", (_formula, actual, target, direction, code, message) => {
    const [[result]] = attainment(actual, target, direction) as [[unknown]];
    expect(result).toBeInstanceOf(FakeCustomFunctionsError);
    expect(result).toEqual(excelError(code, message));
  });

  it("spills a column with errors in their own cells", () => {
    const result = attainment([[153], ["x"], [4]], [[59], [1], [0]], OMITTED);
    expect(result).toEqual([[153 / 59], [excelError("#VALUE!", /'x'/)], [excelError("#DIV/0!")]]);
  });

  it("gives no message to #DIV/0!, which Excel would not show", () => {
    const [[result]] = attainment([[1]], [[0]], OMITTED) as [[FakeCustomFunctionsError]];
    expect(result.message).toBeUndefined();
  });

  it("rates 100,000 cells (timed in bench/functions.bench.mjs)", () => {
    const actual = Array.from({ length: 100000 }, (_, i) => [i % 500]);
    const target = Array.from({ length: 100000 }, (_, i) => [(i % 7) + 1]);
    const result = attainment(actual, target, OMITTED);
    expect(result[99999]).toEqual([(99999 % 500) / ((99999 % 7) + 1)]);
  });
});

describe("CDVC.RANK_CDCS as Excel calls it", () => {
  const scores = [[96], [91.5], [91.5], [88], [null], ["chưa chấm"], [72.25]];
  const clusters = [["Cụm 1"], ["Cụm 2"], ["Cụm 1"], ["Cụm 2"], ["Cụm 1"], ["Cụm 1"], ["cụm 1"]];

  it.each<[string, unknown[][], unknown[][] | undefined, unknown[][] | undefined, unknown[][]]>([
    ["=RANK_CDCS(G2;$G$2:$G$8)", [[96]], OMITTED, OMITTED, [[1]]],
    ["=RANK_CDCS(G3;$G$2:$G$8) on a tie", [[91.5]], OMITTED, OMITTED, [[2]]],
    ["=RANK_CDCS(G5;$G$2:$G$8) after a tie", [[88]], OMITTED, OMITTED, [[4]]],
    ["=RANK_CDCS(G8;$G$2:$G$8;C8;$C$2:$C$8)", [[72.25]], [["cụm 1"]], clusters, [[3]]],
    [
      "=RANK_CDCS(G2:G8;G2:G8)",
      scores,
      OMITTED,
      OMITTED,
      [[1], [2], [2], [4], [""], [excelError("#VALUE!", /'chưa chấm'/)], [5]],
    ],
    [
      "=RANK_CDCS(G2:G8;G2:G8;C2:C8;C2:C8)",
      scores,
      clusters,
      clusters,
      [[1], [1], [2], [2], [""], [excelError("#VALUE!", /'chưa chấm'/)], [3]],
    ],
  ])("%s", (_formula, score, cluster, clusterList, expected) => {
    expect(rankCdcs(score, scores, cluster, clusterList)).toEqual(expected);
  });

  it("gives #N/A with a message for a score not in the list", () => {
    expect(rankCdcs([[50]], scores, OMITTED, OMITTED)).toEqual([[excelError("#N/A", /50/)]]);
  });

  it("gives #VALUE! when the clusters are not the size of the scores", () => {
    expect(rankCdcs([[88]], scores, [["Cụm 2"]], [["Cụm 2"]])).toEqual([
      [excelError("#VALUE!", /7×1.*1×1/)],
    ]);
  });

  const big = 20000;
  const random = (() => {
    let state = 12345;
    return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  })();
  const bigScores = Array.from({ length: big }, () => [Math.round(random() * 10000) / 100]);
  const bigClusters = Array.from({ length: big }, (_, i) => [`Cụm ${(i % 12) + 1}`]);

  it.each<[string, unknown[][] | undefined]>([
    ["without clusters", undefined],
    ["with 12 clusters", bigClusters],
  ])("spills 20,000 ranks %s", (_name, clusterRange) => {
    // Speed is measured by bench/functions.bench.mjs, not here: a shared CI machine makes a
    // timed assertion flaky without saying anything about the code.
    const cluster = clusterRange ?? OMITTED;
    const result = rankCdcs(bigScores, bigScores, cluster, cluster);
    expect(result).toHaveLength(big);
    // Spot-check against the definition: 1 + how many scores (of the same cluster) are higher.
    for (const row of [0, 777, 19999]) {
      const own = bigScores[row]?.[0] as number;
      const group = clusterRange?.[row]?.[0];
      const higher = bigScores.filter(
        ([s], i) =>
          (s as number) > own && (group === undefined || clusterRange?.[i]?.[0] === group),
      ).length;
      expect(result[row]).toEqual([1 + higher]);
    }
  });
});
