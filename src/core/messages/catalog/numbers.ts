import type { FindingCatalog } from "./types";

/** Findings about numbers and dates typed in a report (DOMAIN.md, "How numbers and dates are written"). */
export const numberFindings = {
  "number.not-a-number": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{text}' không phải là số.",
      en: "Cell {cell} on sheet {sheet}: '{text}' is not a number.",
    },
    hint: {
      vi: "Nhập một số, ví dụ 20.",
      en: "Enter a number, for example 20.",
    },
  },
  "number.ambiguous": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: không đọc được '{text}' theo một cách duy nhất (dấu chấm, dấu phẩy hoặc dấu cách đặt không đúng cách viết số).",
      en: "Cell {cell} on sheet {sheet}: '{text}' cannot be read one way only (dots, commas or spaces are not placed as a number is written).",
    },
    hint: {
      vi: "Dấu chấm tách hàng nghìn, dấu phẩy tách phần thập phân: viết 1.500 (một nghìn năm trăm) hoặc 1,5 (một phẩy năm), hoặc nhập dạng số.",
      en: "A dot separates thousands and a comma decimals: write 1.500 (one thousand five hundred) or 1,5 (one and a half), or enter a number.",
    },
  },
  "number.unit-mismatch": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{text}' có đơn vị khác với đơn vị tính của chỉ tiêu ({unit}).",
      en: "Cell {cell} on sheet {sheet}: '{text}' has a unit other than the indicator's unit ({unit}).",
    },
    hint: {
      vi: "Nhập số theo đơn vị {unit}, không kèm đơn vị khác.",
      en: "Enter the number in {unit}, without another unit.",
    },
  },
  "number.formula-error": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: công thức cho kết quả lỗi {text}.",
      en: "Cell {cell} on sheet {sheet}: the formula results in the error {text}.",
    },
    hint: {
      vi: "Sửa công thức (ô tham chiếu bị xóa, chia cho 0, ...) hoặc nhập số trực tiếp.",
      en: "Fix the formula (a deleted reference, a division by zero, ...) or enter the number directly.",
    },
  },
  "number.formula-no-value": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: công thức '{text}' chưa được Excel tính ra giá trị.",
      en: "Cell {cell} on sheet {sheet}: the formula '{text}' has no value computed by Excel.",
    },
    hint: {
      vi: "Mở tệp bằng Excel, để Excel tính lại rồi lưu tệp trước khi gửi.",
      en: "Open the file in Excel, let it recalculate, and save the file before sending it.",
    },
  },
  "number.empty": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: chưa nhập số.",
      en: "Cell {cell} on sheet {sheet}: no number has been entered.",
    },
    hint: {
      vi: "Nhập một số; nhập 0 nếu không có.",
      en: "Enter a number; enter 0 if there is none.",
    },
  },
  "number.as-text": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: số '{text}' được nhập dạng văn bản; đã đọc là {value}.",
      en: "Cell {cell} on sheet {sheet}: the number '{text}' was entered as text; it was read as {value}.",
    },
    hint: {
      vi: "Nhập lại ô này dạng số, không kèm chữ hay đơn vị, để Excel tính toán được.",
      en: "Enter this cell again as a number, without words or units, so that Excel can calculate with it.",
    },
  },
  "date.invalid": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet}: '{text}' không phải là ngày hợp lệ.",
      en: "Cell {cell} on sheet {sheet}: '{text}' is not a valid date.",
    },
    hint: {
      vi: "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 08/01/2021.",
      en: "Enter the date day first (day/month/year), for example 08/01/2021.",
    },
  },
} as const satisfies FindingCatalog;
