import { cellError } from "./cellResult";
import { toExcelResults } from "./cellErrors";
import { FakeCustomFunctionsError, installFakeCustomFunctions } from "./fakeCustomFunctions";

beforeAll(installFakeCustomFunctions);

describe("toExcelResults", () => {
  it("passes numbers and text through", () => {
    expect(toExcelResults([[1.5, ""]])).toEqual([[1.5, ""]]);
  });

  it.each<[string, string | undefined, string, string | undefined]>([
    ["#VALUE!", "'x' không phải là số.", "#VALUE!", "'x' không phải là số."],
    ["#N/A", "không có", "#N/A", "không có"],
    ["#DIV/0!", "bỏ qua", "#DIV/0!", undefined],
    ["#NUM!", undefined, "#NUM!", undefined],
  ])(
    "turns %s into Excel's error, keeping a message only where Excel shows one",
    (code, message, excelCode, kept) => {
      const [[result]] = toExcelResults([[cellError(code as "#VALUE!", message)]]) as [
        [FakeCustomFunctionsError],
      ];
      expect(result).toBeInstanceOf(FakeCustomFunctionsError);
      expect(result.code).toBe(excelCode);
      expect(result.message).toBe(kept);
    },
  );
});
