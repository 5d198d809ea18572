import { defaultRules } from "./defaultRules";
import { parseRules } from "./parseRules";
import { RulesSchema, type Indicator } from "./schema";

describe("defaultRules", () => {
  it("validates with no finding at all", () => {
    expect(RulesSchema.safeParse(defaultRules).success).toBe(true);
    expect(parseRules(defaultRules, "rules.json").findings).toEqual([]);
  });

  it("is the form version CDVC-BC 1, with no period or deadline of its own", () => {
    expect(defaultRules.formVersion).toBe("CDVC-BC 1");
    expect(defaultRules.period).toBeUndefined();
    expect(defaultRules.deadline).toBeUndefined();
  });

  it.each<[string, unknown, unknown]>([
    ["HTXS threshold", defaultRules.thresholds.HTXS, 90],
    ["HTT threshold", defaultRules.thresholds.HTT, 70],
    ["HT threshold", defaultRules.thresholds.HT, 50],
    ["CXL months before the period's end", defaultRules.cxl.minMonthsBeforePeriodEnd, 6],
    ["caps", defaultRules.caps, [{ indicator: "CL01", when: "not-met", maxClass: "HT" }]],
    [
      "HTXS quota",
      defaultRules.quota,
      { class: "HTXS", share: 0.2, of: ["HTXS", "HTT"], rounding: "floor", min: 1 },
    ],
    ["tie-breakers", defaultRules.tieBreakers, []],
    ["largest file", defaultRules.limits.maxFileMB, 20],
    ["largest inflated file", defaultRules.limits.maxInflatedMB, 100],
  ])("has the %s of DOMAIN.md", (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it.each<[string, string, number]>([
    ["TC1", "Tổ chức Hội nghị CBCCVC, thực hiện quy chế dân chủ", 15],
    ["TC2", "Chăm lo đời sống, bảo vệ quyền lợi đoàn viên", 20],
    ["TC3", "Tổ chức các phong trào thi đua", 20],
    ["TC4", "Tuyên truyền, giáo dục đoàn viên", 10],
    ["TC5", "Phát triển đoàn viên, xây dựng CĐCS vững mạnh", 20],
    ["TC6", "Công tác nữ công", 5],
    ["TC7", "Công tác kiểm tra, tài chính công đoàn", 10],
  ])("has criterion %s %j worth %d points", (code, label, maxPoints) => {
    expect(defaultRules.criteria.find((c) => c.code === code)).toEqual({ code, label, maxPoints });
  });

  it("has exactly the 7 criteria, in order, summing to 100", () => {
    expect(defaultRules.criteria.map((c) => c.code)).toEqual([
      "TC1",
      "TC2",
      "TC3",
      "TC4",
      "TC5",
      "TC6",
      "TC7",
    ]);
    expect(defaultRules.criteria.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(100);
  });

  type Row = [
    code: string,
    label: string,
    unit: string,
    kind: Indicator["kind"],
    direction: Indicator["direction"],
    hasTarget: boolean,
    integer: boolean,
    atMost: string | undefined,
    yesTarget: boolean | undefined,
  ];
  const indicatorTable: Row[] = [
    [
      "DV01",
      "Tổng số CBCCVC, người lao động",
      "người",
      "count",
      "higher",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "DV02",
      "Tổng số đoàn viên công đoàn",
      "người",
      "count",
      "higher",
      false,
      true,
      "DV01",
      undefined,
    ],
    ["DV03", "Trong đó: đoàn viên nữ", "người", "count", "higher", false, true, "DV02", undefined],
    [
      "DV04",
      "Đoàn viên kết nạp mới trong kỳ",
      "người",
      "count",
      "higher",
      true,
      true,
      undefined,
      undefined,
    ],
    [
      "DV05",
      "Đoàn viên giảm trong kỳ",
      "người",
      "count",
      "lower",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "CL01",
      "Tổ chức Hội nghị CBCCVC",
      "Có/Không",
      "yesno",
      "higher",
      true,
      false,
      undefined,
      true,
    ],
    [
      "CL02",
      "Lượt đoàn viên được thăm hỏi, trợ cấp",
      "lượt",
      "count",
      "higher",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "CL03",
      "Số tiền thăm hỏi, trợ cấp",
      "triệu đồng",
      "money",
      "higher",
      false,
      false,
      undefined,
      undefined,
    ],
    [
      "CL04",
      "Suất quà tặng đoàn viên",
      "suất",
      "count",
      "higher",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "CL05",
      'Nhà "Mái ấm Công đoàn" xây mới, sửa chữa',
      "căn",
      "count",
      "higher",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "CL06",
      "Đóng góp các quỹ xã hội, từ thiện",
      "triệu đồng",
      "money",
      "higher",
      false,
      false,
      undefined,
      undefined,
    ],
    [
      "TD01",
      "Sáng kiến, giải pháp được công nhận",
      "sáng kiến",
      "count",
      "higher",
      true,
      true,
      undefined,
      undefined,
    ],
    [
      "TD02",
      "Hoạt động văn hóa, văn nghệ, thể dục thể thao",
      "hoạt động",
      "count",
      "higher",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "TD03",
      "Lượt người tham gia hoạt động VHVN-TDTT",
      "lượt",
      "count",
      "higher",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "TD04",
      'Đạt chuẩn "Cơ quan văn hóa"',
      "Có/Không",
      "yesno",
      "higher",
      false,
      false,
      undefined,
      undefined,
    ],
    [
      "XD01",
      "Đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp",
      "người",
      "count",
      "higher",
      true,
      true,
      undefined,
      undefined,
    ],
    [
      "XD02",
      "Đoàn viên được kết nạp Đảng",
      "người",
      "count",
      "higher",
      false,
      true,
      undefined,
      undefined,
    ],
    [
      "CB01",
      "Lượt cán bộ công đoàn được tập huấn",
      "lượt",
      "count",
      "higher",
      true,
      true,
      undefined,
      undefined,
    ],
  ];

  it("has exactly the 18 indicators of DOMAIN.md, in order", () => {
    expect(defaultRules.indicators.map((i) => i.code)).toEqual(indicatorTable.map((r) => r[0]));
  });

  it.each(indicatorTable)(
    "has indicator %s %j in %s, %s, %s is better, target %s, whole %s, at most %s, target Có %s",
    (code, label, unit, kind, direction, hasTarget, integer, atMost, yesTarget) => {
      const indicator = defaultRules.indicators.find((i) => i.code === code);
      expect(indicator).toEqual({
        code,
        label,
        unit,
        kind,
        direction,
        hasTarget,
        integer,
        ...(atMost === undefined ? {} : { atMost }),
        ...(yesTarget === undefined ? {} : { yesTarget }),
      });
    },
  );

  it("has the three award rules of DOMAIN.md, in order", () => {
    expect(defaultRules.awardRules).toEqual([
      {
        name: "Cờ thi đua của LĐLĐ tỉnh",
        classes: ["HTXS"],
        scope: "cluster",
        limit: { perCluster: 1 },
      },
      {
        name: "Bằng khen của LĐLĐ tỉnh",
        classes: ["HTXS"],
        scope: "province",
        limit: { count: 10 },
        excludeAwards: ["Cờ thi đua của LĐLĐ tỉnh"],
      },
      {
        name: "Giấy khen của CĐVC tỉnh",
        classes: ["HTXS", "HTT"],
        scope: "province",
        limit: { share: 0.3, of: "classified" },
      },
    ]);
  });

  it.each<[string, string, string, string[]]>([
    [
      "Giấy khen của CĐVC tỉnh",
      "CĐVC",
      "both",
      ["Giấy khen CĐVC tỉnh", "Giấy khen CĐVC", "GK CĐVC", "Giấy khen"],
    ],
    [
      "Bằng khen của LĐLĐ tỉnh",
      "LĐLĐ tỉnh",
      "both",
      ["Bằng khen LĐLĐ tỉnh", "Bằng khen LĐLĐ", "BK LĐLĐ"],
    ],
    ["Cờ thi đua của LĐLĐ tỉnh", "LĐLĐ tỉnh", "collective", ["Cờ thi đua LĐLĐ tỉnh", "Cờ thi đua"]],
    ["Bằng khen của Tổng Liên đoàn", "TLĐ", "both", ["Bằng khen TLĐ", "BK TLĐ"]],
    [
      "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
      "TLĐ",
      "individual",
      ["Kỷ niệm chương"],
    ],
  ])("has the award %j (level %s, for %s) with its aliases", (name, level, recipients, aliases) => {
    const award = defaultRules.awards.find((a) => a.name === name);
    expect(award).toMatchObject({ name, level, recipients, aliases });
  });

  it("has exactly the five awards of the catalogue", () => {
    expect(defaultRules.awards).toHaveLength(5);
  });

  it("limits only individual Giấy khen of CĐVC tỉnh per unit, to 10% of members rounded up", () => {
    const limited = defaultRules.awards.filter((a) => a.perUnitLimits.length > 0);
    expect(limited.map((a) => [a.name, a.perUnitLimits])).toEqual([
      [
        "Giấy khen của CĐVC tỉnh",
        [{ recipient: "individual", shareOfMembers: 0.1, rounding: "ceil" }],
      ],
    ]);
  });

  it("counts a unit's members in DV02, the base of the share-of-members limit", () => {
    expect(defaultRules.membersIndicator).toBe("DV02");
  });

  it("names each award in the report sentence by the seed's words", () => {
    expect(defaultRules.awards.map((a) => a.countNoun)).toEqual([
      "giấy khen",
      "Bằng khen",
      "cờ thi đua",
      "Bằng khen",
      "kỷ niệm chương",
    ]);
  });

  it("is deep-frozen, so no caller can change what another sees", () => {
    expect(Object.isFrozen(defaultRules)).toBe(true);
    expect(Object.isFrozen(defaultRules.thresholds)).toBe(true);
    expect(Object.isFrozen(defaultRules.indicators[0])).toBe(true);
    expect(Object.isFrozen(defaultRules.awards[0]?.aliases)).toBe(true);
    expect(() => {
      (defaultRules.thresholds as { HTXS: number }).HTXS = 10;
    }).toThrow(TypeError);
    expect(defaultRules.thresholds.HTXS).toBe(90);
  });
});
