import { defaultRules, parseRules } from "../../core/rules";
import { createRulesHolder, type ActiveRules } from "./paneContext";

describe("createRulesHolder", () => {
  it("gives the rules it holds and tells every listener when they change", () => {
    const holder = createRulesHolder({ rules: defaultRules, source: "default", name: "" });
    const seen: ActiveRules[][] = [[], []];
    holder.onChange((rules) => seen[0]?.push(rules));
    holder.onChange((rules) => seen[1]?.push(rules));
    const fromSheet = parseRules({ thresholds: { HTXS: 85, HTT: 70, HT: 50 } }, "CauHinh").rules;
    if (!fromSheet) throw new Error("the rules do not read");
    const next: ActiveRules = { rules: fromSheet, source: "sheet", name: "CauHinh" };
    holder.set(next);
    expect(holder.get()).toBe(next);
    expect(holder.get().rules.thresholds.HTXS).toBe(85);
    expect(seen).toEqual([[next], [next]]);
  });
});
