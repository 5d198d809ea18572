import { RequestBudget } from "./requestBudget";

function countingContext() {
  const context = { syncs: 0, sync: async () => void context.syncs++ };
  return context;
}

describe("RequestBudget", () => {
  it("syncs only before a piece that would take the request past the limit", async () => {
    const context = countingContext();
    const budget = new RequestBudget(context as unknown as Excel.RequestContext, 100);
    const syncsBefore: number[] = [];
    for (const bytes of [40, 40, 40, 150, 10]) {
      await budget.reserve(bytes);
      syncsBefore.push(context.syncs);
    }
    // 40+40 fit; the third 40 would make 120; 150 goes alone; 10 after it would make 160.
    expect(syncsBefore).toEqual([0, 0, 1, 2, 3]);
    await budget.flush();
    expect(context.syncs).toBe(4);
  });
});
