import { supportsExcelApi } from "./apiSupport";
import { withExcelApi } from "./testing/requirements";

describe("supportsExcelApi", () => {
  it("is false outside Office", () => {
    expect(supportsExcelApi("1.1")).toBe(false);
  });

  it.each([
    ["1.13", "1.8", true],
    ["1.13", "1.13", true],
    ["1.13", "1.18", false],
    ["1.9", "1.10", false],
  ])("with ExcelApi %s, says %s is supported: %s", (host, asked, expected) => {
    withExcelApi(host, () => expect(supportsExcelApi(asked)).toBe(expected));
  });

  it("is false when Office throws while answering", () => {
    const global = globalThis as { Office?: unknown };
    global.Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not ready");
          },
        },
      },
    };
    try {
      expect(supportsExcelApi("1.1")).toBe(false);
    } finally {
      delete global.Office;
    }
  });
});
