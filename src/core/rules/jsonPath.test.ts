import { formatJsonPath } from "./jsonPath";

describe("formatJsonPath", () => {
  it.each<[PropertyKey[], string]>([
    [[], ""],
    [["formVersion"], "formVersion"],
    [["thresholds", "HTXS"], "thresholds.HTXS"],
    [["indicators", 3, "code"], "indicators[3].code"],
    [["awards", 0, "aliases", 2], "awards[0].aliases[2]"],
    [["awardRules", 1, "limit", "perCluster"], "awardRules[1].limit.perCluster"],
    [["awards", 0, "tên giải"], 'awards[0]["tên giải"]'],
    [["a b"], '["a b"]'],
  ])("writes %j as %j", (path, expected) => {
    expect(formatJsonPath(path)).toBe(expected);
  });
});
