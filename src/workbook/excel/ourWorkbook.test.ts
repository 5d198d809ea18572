import { unzipSync, strFromU8 } from "fflate";
import { newOurWorkbook, workbookBytes } from "./ourWorkbook";

describe("newOurWorkbook", () => {
  it("names the add-in as creator and keeps the given time", async () => {
    const at = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    const workbook = await newOurWorkbook("vi", at);
    workbook.addWorksheet("A").getCell("A1").value = 1;
    const core = strFromU8(unzipSync(await workbookBytes(workbook))["docProps/core.xml"]!);
    expect(core).toContain("<dc:creator>CĐVC Thi đua</dc:creator>");
    expect(core).toContain("2025-01-02T03:04:05Z");
  });
});
