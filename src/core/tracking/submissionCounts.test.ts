import { submissionCounts } from "./submissionCounts";
import { submitted } from "./testing/submitted";

describe("submissionCounts", () => {
  const list = ["CD01", "CD02", "CD03"].map((code) => ({
    code,
    name: code,
    membership: "direct" as const,
  }));

  it("counts the expected units that sent anything, kept out or not, against the list", () => {
    const files = [
      submitted("a.xlsx", "CD01"),
      submitted("b.xlsx", "CD02", { status: "rejected" }),
      submitted("x.xlsx", "CD99"),
      submitted("y.xlsx", null, { status: "rejected" }),
    ];
    expect(submissionCounts(files, list)).toEqual({ received: 2, expected: 3 });
  });

  it("is null without a list", () => {
    expect(submissionCounts([submitted("a.xlsx", "CD01")], [])).toBeNull();
    expect(submissionCounts([submitted("a.xlsx", "CD01")], undefined)).toBeNull();
  });
});
