import { ApiNotSupportedError, SheetsExistError } from "./errors";

describe("adapter errors", () => {
  it("names the sheets that exist, in the caller's language", () => {
    const vi = new SheetsExistError(["Tổng hợp", "Xếp loại"]);
    expect(vi).toBeInstanceOf(Error);
    expect(vi.name).toBe("SheetsExistError");
    expect(vi.names).toEqual(["Tổng hợp", "Xếp loại"]);
    expect(vi.message).toBe("Bảng tính đã có trang Tổng hợp, Xếp loại.");
    expect(new SheetsExistError(["Báo cáo"], "en").message).toBe(
      "The workbook already has the sheets Báo cáo.",
    );
  });

  it("names the requirement set that is missing", () => {
    const error = new ApiNotSupportedError("1.8");
    expect(error.name).toBe("ApiNotSupportedError");
    expect(error.version).toBe("1.8");
    expect(error.message).toContain("ExcelApi 1.8");
  });
});
