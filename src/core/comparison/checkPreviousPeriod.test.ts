import { checkPreviousPeriod } from "./checkPreviousPeriod";

const y = (year: number) => ({ kind: "year", year }) as const;

describe("checkPreviousPeriod", () => {
  it.each([
    ["last year", y(2023), y(2024), []],
    ["the first half of the same year", { kind: "first-half", year: 2024 } as const, y(2024), []],
    ["the same period", y(2024), y(2024), [["comparison.same-period", "error"]]],
    ["a later period", y(2025), y(2024), [["comparison.previous-later", "warning"]]],
    ["an unknown current period", y(2023), null, [["comparison.period-unknown", "error"]]],
  ] as const)("with %s", (_, previous, current, expected) => {
    const findings = checkPreviousPeriod(previous, current, "TongHop-cu.xlsx");
    expect(findings.map((f) => [f.code, f.severity])).toEqual(expected);
    for (const f of findings) expect(f.file).toBe("TongHop-cu.xlsx");
  });

  it("names both periods in the message", () => {
    expect(checkPreviousPeriod(y(2024), y(2024), "a.xlsx")[0]?.message).toBe(
      "Sổ tổng hợp kỳ trước a.xlsx là Năm 2024, cùng kỳ với kỳ đang tổng hợp (Năm 2024).",
    );
  });
});
