import { makeFinding } from "../findings/makeFinding";
import type { Cell } from "../grid/cell";
import type { Lang } from "../messages/format";
import { numberReadingProblem } from "./numberReadingProblem";
import { readNumberCell, type CellNumberReading } from "./readNumberCell";

const where = { file: "CD001.xlsx", sheet: "BaoCao", cell: "F14" };

// The finding as a validation rule's context words it from the problem (runValidationRules).
function findingOf(reading: CellNumberReading, unit?: string, lang?: Lang) {
  const problem = numberReadingProblem(reading, unit);
  return problem && makeFinding(problem.code, where, problem.params, lang);
}

describe("numberReadingProblem", () => {
  it.each<[string, Cell | undefined, string | undefined, string, "error" | "warning", string]>([
    [
      "words where a number belongs",
      { t: "s", v: "khoảng 20" },
      "người",
      "number.not-a-number",
      "error",
      "Ô F14 trang BaoCao: 'khoảng 20' không phải là số. Nhập một số, ví dụ 20.",
    ],
    [
      "a number kept as text, converted into the row's unit",
      { t: "s", v: "22.750.000 đồng" },
      "triệu đồng",
      "number.as-text",
      "warning",
      "Ô F14 trang BaoCao: số '22.750.000 đồng' được nhập dạng văn bản; đã đọc là 22,75 triệu đồng. Nhập lại ô này dạng số, không kèm chữ hay đơn vị, để Excel tính toán được.",
    ],
    [
      "a scale word read in the row's unit",
      { t: "s", v: "1,6 tỷ" },
      "triệu đồng",
      "number.as-text",
      "warning",
      "Ô F14 trang BaoCao: số '1,6 tỷ' được nhập dạng văn bản; đã đọc là 1.600 triệu đồng. Nhập lại ô này dạng số, không kèm chữ hay đơn vị, để Excel tính toán được.",
    ],
    [
      "a percent kept as text",
      { t: "s", v: "95,5%" },
      "%",
      "number.as-text",
      "warning",
      "Ô F14 trang BaoCao: số '95,5%' được nhập dạng văn bản; đã đọc là 95,5%. Nhập lại ô này dạng số, không kèm chữ hay đơn vị, để Excel tính toán được.",
    ],
    [
      "a unit other than the row's",
      { t: "s", v: "5 tỷ" },
      "người",
      "number.unit-mismatch",
      "error",
      "Ô F14 trang BaoCao: '5 tỷ' có đơn vị khác với đơn vị tính của chỉ tiêu (người). Nhập số theo đơn vị người, không kèm đơn vị khác.",
    ],
    [
      "separators that read two ways",
      { t: "s", v: "1.5" },
      undefined,
      "number.ambiguous",
      "error",
      "Ô F14 trang BaoCao: không đọc được '1.5' theo một cách duy nhất (dấu chấm, dấu phẩy hoặc dấu cách đặt không đúng cách viết số). Dấu chấm tách hàng nghìn, dấu phẩy tách phần thập phân: viết 1.500 (một nghìn năm trăm) hoặc 1,5 (một phẩy năm), hoặc nhập dạng số.",
    ],
    [
      "a formula error",
      { t: "e", v: "#REF!" },
      "người",
      "number.formula-error",
      "error",
      "Ô F14 trang BaoCao: công thức cho kết quả lỗi #REF!. Sửa công thức (ô tham chiếu bị xóa, chia cho 0, ...) hoặc nhập số trực tiếp.",
    ],
    [
      "a formula never computed",
      { t: "f", formula: "SUM(F5:F9)" },
      "người",
      "number.formula-no-value",
      "error",
      "Ô F14 trang BaoCao: công thức 'SUM(F5:F9)' chưa được Excel tính ra giá trị. Mở tệp bằng Excel, để Excel tính lại rồi lưu tệp trước khi gửi.",
    ],
    [
      "an empty cell",
      undefined,
      "người",
      "number.empty",
      "error",
      "Ô F14 trang BaoCao: chưa nhập số. Nhập một số; nhập 0 nếu không có.",
    ],
  ])("reports %s", (_what, cell, unit, code, severity, sentence) => {
    const finding = findingOf(readNumberCell(cell, { unit }), unit);
    expect(finding).toMatchObject({
      code,
      severity,
      file: "CD001.xlsx",
      sheet: "BaoCao",
      cell: "F14",
    });
    expect(`${finding?.message} ${finding?.hint}`).toBe(sentence);
  });

  it("reports nothing for a number cell", () => {
    expect(numberReadingProblem(readNumberCell({ t: "n", v: 2686 }))).toBeNull();
  });

  it("shows the indicator's unit trimmed", () => {
    expect(numberReadingProblem(readNumberCell(undefined), " người ")).toEqual({
      code: "number.empty",
      params: { text: "", unit: "người" },
    });
  });

  it("writes the warning in English on request", () => {
    const reading = readNumberCell({ t: "s", v: "2.686" }, { unit: "người" });
    expect(findingOf(reading, "người", "en")?.message).toBe(
      "Cell F14 on sheet BaoCao: the number '2.686' was entered as text; it was read as 2.686 người.",
    );
  });

  it("keeps the parameters so the finding can be rendered again", () => {
    const reading = readNumberCell({ t: "s", v: "1,6 tỷ" }, { unit: "triệu đồng" });
    expect(numberReadingProblem(reading, "triệu đồng")?.params).toEqual({
      text: "1,6 tỷ",
      value: "1.600 triệu đồng",
      unit: "triệu đồng",
    });
  });
});
