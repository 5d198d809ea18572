import { createWorkbookFromBytes } from "./createWorkbookFromBytes";
import { ApiNotSupportedError } from "./errors";
import { withExcelApi } from "./testing/requirements";

describe("createWorkbookFromBytes", () => {
  const global = globalThis as { Excel?: unknown };
  let opened: string[];

  beforeEach(() => {
    opened = [];
    global.Excel = { createWorkbook: async (base64: string) => void opened.push(base64) };
  });
  afterEach(() => {
    delete global.Excel;
  });

  it("opens the file's bytes, in Base64, as a new workbook", async () => {
    await withExcelApi("1.8", () => createWorkbookFromBytes(new Uint8Array([80, 75, 3, 4])));
    expect(opened).toEqual(["UEsDBA=="]);
  });

  it("says which requirement set is missing where Excel cannot open a new workbook", async () => {
    const attempt = withExcelApi("1.7", () => createWorkbookFromBytes(new Uint8Array([1])));
    await expect(attempt).rejects.toBeInstanceOf(ApiNotSupportedError);
    await expect(attempt).rejects.toMatchObject({ version: "1.8" });
    expect(opened).toEqual([]);
  });
});
