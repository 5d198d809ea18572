import type { Worksheet } from "exceljs";
import type { ConsolidationResult } from "../../core/consolidation";
import { loadWorkbook } from "../../../test/support/readXlsx";
import { AWARDS_LAYOUT } from "./awardsSheet";
import { INJECTIONS, sampleResult, sampleRules, writeSample } from "./testSupport";
import { writeResultWorkbook } from "./writeResultWorkbook";

const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
const COMMENDATION = "Giấy khen của CĐVC tỉnh";

async function awardsOf(result: ConsolidationResult) {
  const bytes = await writeResultWorkbook(result, sampleRules);
  return (await loadWorkbook(bytes)).getWorksheet("Khen thưởng")!;
}

describe("sheet Khen thưởng", () => {
  let sheet: Worksheet;
  beforeAll(async () => {
    sheet = (await writeSample()).workbook.getWorksheet("Khen thưởng")!;
  });

  it.each([
    [4, FLAG, "CD01", INJECTIONS.CD01, "Cụm 1", "Cụm 1", 1, "HTXS", "Hạng 1 cụm Cụm 1, HTXS"],
    [
      5,
      COMMENDATION,
      "CD01",
      INJECTIONS.CD01,
      "Cụm 1",
      "Toàn tỉnh",
      1,
      "HTXS",
      "Hạng 1 toàn tỉnh, HTXS",
    ],
    [
      6,
      COMMENDATION,
      "CD02",
      INJECTIONS.CD02,
      "Cụm 1",
      "Toàn tỉnh",
      3,
      "HTT",
      "Hạng 3 toàn tỉnh, HTT",
    ],
  ])(
    "lists row %i: %s to %s, award rule by award rule, by rank",
    (row, award, code, name, cluster, scope, rank, classCode, reason) => {
      expect(sheet.getRow(row).values).toEqual([
        undefined,
        award,
        code,
        name,
        cluster,
        scope,
        rank,
        classCode,
        reason,
      ]);
    },
  );

  it("filters the proposals and nothing after them", () => {
    expect(sheet.getCell("A7").value).toBeNull();
    expect(sheet.autoFilter).toBe("A3:H6");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("lists the units tied at a limit's edge apart, with the reason they were not proposed", async () => {
    const result = sampleResult();
    const reason =
      "Đồng hạng 3 toàn tỉnh ở ranh giới giới hạn 2 của Giấy khen của CĐVC tỉnh: không đề nghị";
    const tied: ConsolidationResult = {
      ...result,
      awards: {
        ...result.awards,
        pools: [
          ...result.awards.pools,
          {
            award: COMMENDATION,
            scope: "province",
            cluster: null,
            limit: 2,
            granted: ["CD01", "CD02"],
            withheld: [{ unit: "CD04", reason }],
          },
        ],
      },
    };
    const withheld = await awardsOf(tied);
    expect(withheld.getCell("A8").value).toBe("Đồng hạng ở ranh giới giới hạn, không đề nghị");
    expect(withheld.getCell("A9").value).toBe("Hình thức khen thưởng");
    expect(withheld.getRow(10).values).toEqual([
      undefined,
      COMMENDATION,
      "CD04",
      INJECTIONS.CD04,
      "Cụm 2",
      "Toàn tỉnh",
      undefined,
      "HTT",
      reason,
    ]);
  });

  it("says so when no unit is proposed", async () => {
    const result = sampleResult();
    const none = await awardsOf({ ...result, awards: { grants: [], pools: [], byUnit: {} } });
    expect(none.getCell(AWARDS_LAYOUT.firstDataRow, 1).value).toBe(
      "Không có CĐCS nào được đề nghị khen thưởng.",
    );
    expect(none.getCell(AWARDS_LAYOUT.firstDataRow, 2).value).toBeNull();
  });
});
