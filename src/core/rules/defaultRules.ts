import type { Indicator, Rules } from "./schema";

type IndicatorFlags = Pick<Indicator, "atMost" | "yesTarget"> &
  Partial<Pick<Indicator, "direction" | "hasTarget">>;

/** A count of people, visits, gifts…: whole numbers, more is better unless said otherwise. */
function count(code: string, label: string, unit: string, flags: IndicatorFlags = {}): Indicator {
  return {
    code,
    label,
    unit,
    kind: "count",
    direction: "higher",
    hasTarget: false,
    integer: true,
    ...flags,
  };
}

function money(code: string, label: string): Indicator {
  return {
    code,
    label,
    unit: "triệu đồng",
    kind: "money",
    direction: "higher",
    hasTarget: false,
    integer: false,
  };
}

function yesNo(code: string, label: string, flags: IndicatorFlags = {}): Indicator {
  return {
    code,
    label,
    unit: "Có/Không",
    kind: "yesno",
    direction: "higher",
    hasTarget: false,
    integer: false,
    ...flags,
  };
}

const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
const PROVINCE_MERIT = "Bằng khen của LĐLĐ tỉnh";
const CDVC_COMMENDATION = "Giấy khen của CĐVC tỉnh";

/**
 * The rules of DOMAIN.md, exactly: form version CDVC-BC 1, the 18 default indicators and 7
 * criteria (100 points), thresholds 90/70/50, CXL under 6 months, CL01 = Không caps at HT,
 * HTXS at most 20% of HTT + HTXS (rounded down, at least 1), no tie-breakers, the three award
 * rules, the five awards of the catalogue with their aliases (listed from the lowest award up:
 * lists and sentences go from the highest down), individual Giấy khen of CĐVC tỉnh limited to
 * 10% of a unit's members (rounded up, members being DV02), files up to 20 MB (100 MB inflated).
 * No period or deadline: those are given per run; no list of expected units (`units` empty).
 * Deep-frozen, so no caller can change the defaults another caller sees.
 *
 * @example
 * defaultRules.thresholds // { HTXS: 90, HTT: 70, HT: 50 }
 * defaultRules.indicators.find((i) => i.code === "DV03")?.atMost // "DV02"
 */
export const defaultRules: Rules = deepFreeze({
  formVersion: "CDVC-BC 1",
  indicators: [
    count("DV01", "Tổng số CBCCVC, người lao động", "người"),
    count("DV02", "Tổng số đoàn viên công đoàn", "người", { atMost: "DV01" }),
    count("DV03", "Trong đó: đoàn viên nữ", "người", { atMost: "DV02" }),
    count("DV04", "Đoàn viên kết nạp mới trong kỳ", "người", { hasTarget: true }),
    count("DV05", "Đoàn viên giảm trong kỳ", "người", { direction: "lower" }),
    yesNo("CL01", "Tổ chức Hội nghị CBCCVC", { hasTarget: true, yesTarget: true }),
    count("CL02", "Lượt đoàn viên được thăm hỏi, trợ cấp", "lượt"),
    money("CL03", "Số tiền thăm hỏi, trợ cấp"),
    count("CL04", "Suất quà tặng đoàn viên", "suất"),
    count("CL05", 'Nhà "Mái ấm Công đoàn" xây mới, sửa chữa', "căn"),
    money("CL06", "Đóng góp các quỹ xã hội, từ thiện"),
    count("TD01", "Sáng kiến, giải pháp được công nhận", "sáng kiến", { hasTarget: true }),
    count("TD02", "Hoạt động văn hóa, văn nghệ, thể dục thể thao", "hoạt động"),
    count("TD03", "Lượt người tham gia hoạt động VHVN-TDTT", "lượt"),
    yesNo("TD04", 'Đạt chuẩn "Cơ quan văn hóa"'),
    count("XD01", "Đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp", "người", {
      hasTarget: true,
    }),
    count("XD02", "Đoàn viên được kết nạp Đảng", "người"),
    count("CB01", "Lượt cán bộ công đoàn được tập huấn", "lượt", { hasTarget: true }),
  ],
  criteria: [
    { code: "TC1", label: "Tổ chức Hội nghị CBCCVC, thực hiện quy chế dân chủ", maxPoints: 15 },
    { code: "TC2", label: "Chăm lo đời sống, bảo vệ quyền lợi đoàn viên", maxPoints: 20 },
    { code: "TC3", label: "Tổ chức các phong trào thi đua", maxPoints: 20 },
    { code: "TC4", label: "Tuyên truyền, giáo dục đoàn viên", maxPoints: 10 },
    { code: "TC5", label: "Phát triển đoàn viên, xây dựng CĐCS vững mạnh", maxPoints: 20 },
    { code: "TC6", label: "Công tác nữ công", maxPoints: 5 },
    { code: "TC7", label: "Công tác kiểm tra, tài chính công đoàn", maxPoints: 10 },
  ],
  thresholds: { HTXS: 90, HTT: 70, HT: 50 },
  cxl: { minMonthsBeforePeriodEnd: 6 },
  caps: [{ indicator: "CL01", when: "not-met", maxClass: "HT" }],
  quota: { class: "HTXS", share: 0.2, of: ["HTXS", "HTT"], rounding: "floor", min: 1 },
  tieBreakers: [],
  awardRules: [
    { name: FLAG, classes: ["HTXS"], scope: "cluster", limit: { perCluster: 1 } },
    {
      name: PROVINCE_MERIT,
      classes: ["HTXS"],
      scope: "province",
      limit: { count: 10 },
      excludeAwards: [FLAG],
    },
    {
      name: CDVC_COMMENDATION,
      classes: ["HTXS", "HTT"],
      scope: "province",
      limit: { share: 0.3, of: "classified" },
    },
  ],
  awards: [
    {
      name: CDVC_COMMENDATION,
      level: "CĐVC",
      recipients: "both",
      aliases: ["Giấy khen CĐVC tỉnh", "Giấy khen CĐVC", "GK CĐVC", "Giấy khen"],
      countNoun: "giấy khen",
      perUnitLimits: [{ recipient: "individual", shareOfMembers: 0.1, rounding: "ceil" }],
    },
    {
      name: PROVINCE_MERIT,
      level: "LĐLĐ tỉnh",
      recipients: "both",
      aliases: ["Bằng khen LĐLĐ tỉnh", "Bằng khen LĐLĐ", "BK LĐLĐ"],
      countNoun: "Bằng khen",
      perUnitLimits: [],
    },
    {
      name: FLAG,
      level: "LĐLĐ tỉnh",
      recipients: "collective",
      aliases: ["Cờ thi đua LĐLĐ tỉnh", "Cờ thi đua"],
      countNoun: "cờ thi đua",
      perUnitLimits: [],
    },
    {
      name: "Bằng khen của Tổng Liên đoàn",
      level: "TLĐ",
      recipients: "both",
      aliases: ["Bằng khen TLĐ", "BK TLĐ"],
      countNoun: "Bằng khen",
      perUnitLimits: [],
    },
    {
      name: "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
      level: "TLĐ",
      recipients: "individual",
      aliases: ["Kỷ niệm chương"],
      countNoun: "kỷ niệm chương",
      perUnitLimits: [],
    },
  ],
  membersIndicator: "DV02",
  limits: { maxFileMB: 20, maxInflatedMB: 100 },
  units: [],
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
