import type { FindingCatalog, TextCatalog } from "./types";

// Every config finding is placed by {path}, the JSON path in the rules file ("thresholds.HTXS",
// "indicators[3].code"); the finding's cell holds the same path.
const FIX_BY_EXAMPLE = {
  vi: "Sửa lại theo mẫu rules.example.json (lệnh `cdvc rules` ghi ra bộ quy tắc mặc định).",
  en: "Correct it after rules.example.json (the command `cdvc rules` writes out the default rules).",
} as const;

/** Findings about the rules file a province edits (rules.json, or the Cấu hình sheet). */
export const rulesFindings = {
  "config.json-syntax": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}: nội dung không phải JSON hợp lệ ở dòng {line}, cột {column} (gặp {seen}).",
      en: "Config file {file}: the content is not valid JSON at line {line}, column {column} (found {seen}).",
    },
    hint: {
      vi: "Kiểm tra dấu ngoặc, dấu phẩy giữa các mục (không có dấu phẩy sau mục cuối) và dấu ngoặc kép quanh mọi tên khóa và văn bản.",
      en: "Check the brackets, the commas between items (none after the last one) and the double quotes around every key and text.",
    },
  },
  "config.invalid": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: gặp {seen}, cần {expected}.",
      en: "Config file {file}, item {path}: found {seen}, expected {expected}.",
    },
    hint: FIX_BY_EXAMPLE,
  },
  "config.missing": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: thiếu giá trị, cần {expected}.",
      en: "Config file {file}, item {path}: the value is missing, expected {expected}.",
    },
    hint: {
      vi: "Thêm mục {path} theo mẫu rules.example.json.",
      en: "Add the item {path} after rules.example.json.",
    },
  },
  "config.wrong-type": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: gặp {seen}, cần {expected}.",
      en: "Config file {file}, item {path}: found {seen}, expected {expected}.",
    },
    hint: FIX_BY_EXAMPLE,
  },
  "config.out-of-range": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: giá trị {seen} nằm ngoài giới hạn, cần {expected}.",
      en: "Config file {file}, item {path}: the value {seen} is out of range, expected {expected}.",
    },
    hint: {
      vi: "Nhập một giá trị trong giới hạn; tỷ lệ viết dạng thập phân, ví dụ 0.2 cho 20%.",
      en: "Enter a value within the range; write shares as decimals, for example 0.2 for 20%.",
    },
  },
  "config.not-allowed": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: gặp {seen}, chỉ được dùng một trong các giá trị {expected}.",
      en: "Config file {file}, item {path}: found {seen}, only one of the values {expected} may be used.",
    },
    hint: {
      vi: "Chép đúng một giá trị trong danh sách, kể cả chữ hoa, chữ thường.",
      en: "Copy one value of the list exactly, upper and lower case included.",
    },
  },
  "config.unknown-key": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: khóa {key} không có trong bộ quy tắc.",
      en: "Config file {file}, item {path}: the key {key} is not part of the rules.",
    },
    hint: {
      vi: "Kiểm tra chính tả tên khóa (phân biệt chữ hoa, chữ thường) theo mẫu rules.example.json, hoặc xóa khóa này.",
      en: "Check the key's spelling (case matters) against rules.example.json, or remove the key.",
    },
  },
  "config.duplicate": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: {seen} đã có ở mục {other}.",
      en: "Config file {file}, item {path}: {seen} is already given at item {other}.",
    },
    hint: {
      vi: "Mỗi mã, tên hoặc tên gọi khác chỉ được dùng một lần (không phân biệt chữ hoa, chữ thường, dấu và khoảng trắng); đổi hoặc xóa một trong hai.",
      en: "Each code, name or alias may be used once (ignoring case, diacritics and spacing); change or remove one of the two.",
    },
  },
  "config.unknown-indicator": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: không có chỉ tiêu mã {seen} trong mục indicators.",
      en: "Config file {file}, item {path}: there is no indicator with the code {seen} in indicators.",
    },
    hint: {
      vi: "Sửa mã cho đúng, hoặc thêm chỉ tiêu vào mục indicators; mục nào không ghi trong tệp thì lấy theo mặc định.",
      en: "Correct the code, or add the indicator to indicators; an item the file does not give is taken from the defaults.",
    },
  },
  "config.unknown-criterion": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: không có tiêu chí mã {seen} trong mục criteria.",
      en: "Config file {file}, item {path}: there is no criterion with the code {seen} in criteria.",
    },
    hint: {
      vi: "Sửa mã cho đúng, hoặc thêm tiêu chí vào mục criteria; mục nào không ghi trong tệp thì lấy theo mặc định.",
      en: "Correct the code, or add the criterion to criteria; an item the file does not give is taken from the defaults.",
    },
  },
  "config.unknown-award": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: không có quy tắc khen thưởng tên {seen} trong mục awardRules.",
      en: "Config file {file}, item {path}: there is no award rule named {seen} in awardRules.",
    },
    hint: {
      vi: "Ghi đúng tên một quy tắc khen thưởng khác trong mục awardRules.",
      en: "Give the exact name of another award rule in awardRules.",
    },
  },
  "config.criteria-total": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: tổng điểm chuẩn của các tiêu chí là {seen}, cần đúng 100.",
      en: "Config file {file}, item {path}: the criteria's max points add up to {seen}, expected exactly 100.",
    },
    hint: {
      vi: "Sửa điểm chuẩn (maxPoints) của các tiêu chí để tổng bằng 100.",
      en: "Change the criteria's max points (maxPoints) so that they add up to 100.",
    },
  },
  "config.thresholds-order": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: ngưỡng {class} là {seen}, cần nhỏ hơn ngưỡng {higherClass} ({higher}).",
      en: "Config file {file}, item {path}: the {class} threshold is {seen}, expected less than the {higherClass} threshold ({higher}).",
    },
    hint: {
      vi: "Các ngưỡng điểm phải giảm dần: HTXS > HTT > HT (mặc định 90, 70, 50).",
      en: "The score thresholds must descend: HTXS > HTT > HT (by default 90, 70, 50).",
    },
  },
  "config.period-invalid": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: không đọc được kỳ báo cáo {seen}.",
      en: "Config file {file}, item {path}: the reporting period {seen} cannot be read.",
    },
    hint: {
      vi: "Viết theo một trong các dạng: Năm 2024, 6 tháng đầu năm 2024, 6 tháng cuối năm 2024, Nhiệm kỳ 2023-2028.",
      en: "Write it as one of: Năm 2024, 6 tháng đầu năm 2024, 6 tháng cuối năm 2024, Nhiệm kỳ 2023-2028.",
    },
  },
  "config.deadline-invalid": {
    severity: "error",
    message: {
      vi: "Tệp cấu hình {file}, mục {path}: {seen} không phải là một ngày có thật viết dạng ngày/tháng/năm (dd/MM/yyyy).",
      en: "Config file {file}, item {path}: {seen} is not a real date written day/month/year (dd/MM/yyyy).",
    },
    hint: {
      vi: "Viết đủ hai chữ số ngày, hai chữ số tháng và bốn chữ số năm, ví dụ 15/01/2025.",
      en: "Write two digits for the day, two for the month and four for the year, for example 15/01/2025.",
    },
  },
} as const satisfies FindingCatalog;

/** The words config findings are filled with: what was seen, what was expected. */
export const rulesTexts = {
  "rules.path.root": { vi: "(toàn bộ tệp)", en: "(the whole file)" },
  "rules.seen.end": { vi: "chỗ hết nội dung", en: "the end of the text" },
  "rules.seen.nothing": { vi: "không có giá trị", en: "no value" },
  "rules.seen.array": { vi: "một danh sách […]", en: "a list […]" },
  "rules.seen.object": { vi: "một đối tượng {…}", en: "an object {…}" },
  "rules.type.number": { vi: "một số", en: "a number" },
  "rules.type.integer": { vi: "một số nguyên", en: "a whole number" },
  "rules.type.string": {
    vi: "một văn bản trong dấu ngoặc kép",
    en: "a text in double quotes",
  },
  "rules.type.boolean": { vi: "true hoặc false", en: "true or false" },
  "rules.type.array": { vi: "một danh sách […]", en: "a list […]" },
  "rules.type.object": { vi: "một đối tượng {…}", en: "an object {…}" },
  "rules.type.null": { vi: "null", en: "null" },
  "rules.range.min-inclusive": { vi: "một số ≥ {limit}", en: "a number ≥ {limit}" },
  "rules.range.min-exclusive": { vi: "một số > {limit}", en: "a number > {limit}" },
  "rules.range.max-inclusive": { vi: "một số ≤ {limit}", en: "a number ≤ {limit}" },
  "rules.range.max-exclusive": { vi: "một số < {limit}", en: "a number < {limit}" },
  "rules.range.min-items": {
    vi: "một danh sách có ít nhất {limit} phần tử",
    en: "a list of at least {limit} items",
  },
  "rules.range.max-items": {
    vi: "một danh sách có nhiều nhất {limit} phần tử",
    en: "a list of at most {limit} items",
  },
  "rules.expected.one-of": {
    vi: "một trong các giá trị {values}",
    en: "one of the values {values}",
  },
  "rules.expected.as-example": {
    vi: "một giá trị đúng dạng như trong rules.example.json",
    en: "a value shaped as in rules.example.json",
  },
  "rules.expected.text": { vi: "một văn bản không để trống", en: "a text that is not blank" },
  "rules.expected.code": {
    vi: "một mã gồm chữ cái không dấu, chữ số, '.', '_' hoặc '-' (ví dụ DV01)",
    en: "a code of plain letters, digits, '.', '_' or '-' (for example DV01)",
  },
  "rules.expected.award-limit": {
    vi: '{"count": 10}, {"share": 0.3, "of": "classified"} (of là "classified" hoặc "included") hoặc {"perCluster": 1}',
    en: '{"count": 10}, {"share": 0.3, "of": "classified"} (of being "classified" or "included") or {"perCluster": 1}',
  },
  "rules.expected.tie-breaker": {
    vi: '{"criterion": "TC1"} hoặc {"indicator": "XD01"}',
    en: '{"criterion": "TC1"} or {"indicator": "XD01"}',
  },
  "rules.expected.yes-no-indicator": {
    vi: 'không có khóa này, vì yesTarget chỉ dùng cho chỉ tiêu Có/Không (kind "yesno")',
    en: 'no such key, as yesTarget is only for a yes/no indicator (kind "yesno")',
  },
  "rules.expected.other-indicator": {
    vi: "mã của một chỉ tiêu khác",
    en: "the code of another indicator",
  },
  "rules.expected.numeric-indicator": {
    vi: "một chỉ tiêu dạng số (không phải Có/Không)",
    en: "a numeric indicator (not yes/no)",
  },
  "rules.expected.measurable-indicator": {
    vi: "một chỉ tiêu có kế hoạch (hasTarget) hoặc chỉ tiêu Có/Không, để biết đạt hay không đạt",
    en: "an indicator with a target (hasTarget) or a yes/no indicator, so that met or not met is known",
  },
  "rules.expected.rate-indicator": {
    vi: "một chỉ tiêu dạng số có kế hoạch (hasTarget), để có tỷ lệ đạt",
    en: "a numeric indicator with a target (hasTarget), so that it has an attainment rate",
  },
  "rules.expected.count-or-share": {
    vi: "đúng một trong hai khóa count hoặc shareOfMembers",
    en: "exactly one of the keys count or shareOfMembers",
  },
  "rules.expected.rounding-with-share": {
    vi: 'khóa rounding ("ceil" làm tròn lên hoặc "floor" làm tròn xuống) đi cùng shareOfMembers, không đi cùng count',
    en: 'the key rounding ("ceil" to round up or "floor" to round down) with shareOfMembers, not with count',
  },
  "rules.expected.recipient-of-award": {
    vi: "đối tượng mà khen thưởng này dành cho ({recipients})",
    en: "a recipient this award is given to ({recipients})",
  },
  "rules.expected.cluster-scope": {
    vi: '"cluster", vì giới hạn được tính theo cụm (perCluster)',
    en: '"cluster", as the limit is counted per cluster (perCluster)',
  },
  "rules.expected.inflated-not-below-file": {
    vi: "một số ≥ maxFileMB ({limit})",
    en: "a number ≥ maxFileMB ({limit})",
  },
} as const satisfies TextCatalog;
