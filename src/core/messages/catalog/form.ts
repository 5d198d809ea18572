import type { FindingCatalog } from "./types";

/**
 * Findings about the shape of a submitted workbook: its sheets, header fields, table headers
 * and form version (DOMAIN.md, "The report form, version 1").
 */
export const formFindings = {
  "form.sheet-missing": {
    severity: "error",
    message: {
      vi: "Tệp {file}: không có trang {name}.",
      en: "File {file}: there is no sheet {name}.",
    },
    hint: {
      vi: "Dùng mẫu báo cáo CDVC-BC 1: tệp phải có trang {name} (tên trang không phân biệt chữ hoa, dấu hay dấu cách).",
      en: "Use the report form CDVC-BC 1: the file must have a sheet {name} (case, diacritics and spaces in the name do not matter).",
    },
  },
  "form.table-header-missing": {
    severity: "error",
    message: {
      vi: "Trang {sheet}: không tìm thấy dòng tiêu đề của bảng (thiếu cột {columns}).",
      en: "Sheet {sheet}: the table's header row was not found (missing columns: {columns}).",
    },
    hint: {
      vi: "Giữ dòng tiêu đề bảng của mẫu, có đủ các cột trên cùng một dòng: {required}.",
      en: "Keep the form's table header row, with all these columns on one row: {required}.",
    },
  },
  "form.field-missing": {
    severity: "error",
    message: {
      vi: "Trang {sheet}: không tìm thấy mục '{label}'.",
      en: "Sheet {sheet}: the field '{label}' was not found.",
    },
    hint: {
      vi: "Thêm một ô ghi '{label}' và nhập giá trị vào ô bên phải nó, trên cùng dòng.",
      en: "Add a cell reading '{label}' and enter the value in a cell to its right, on the same row.",
    },
  },
  "form.version": {
    severity: "warning",
    message: {
      vi: "Ô {cell} trang {sheet}: phiên bản mẫu là '{text}', không phải {expected}; tệp vẫn được đọc theo nhãn.",
      en: "Cell {cell} on sheet {sheet}: the form version is '{text}', not {expected}; the file is still read by its labels.",
    },
    hint: {
      vi: "Dùng mẫu báo cáo {expected} mới nhất cho kỳ sau.",
      en: "Use the latest report form {expected} next time.",
    },
  },
  "form.version-missing": {
    severity: "warning",
    message: {
      vi: "Trang {sheet}: không ghi phiên bản mẫu (cần {expected}); tệp vẫn được đọc theo nhãn.",
      en: "Sheet {sheet}: the form version is not stated ({expected} expected); the file is still read by its labels.",
    },
    hint: {
      vi: "Dùng mẫu báo cáo {expected} mới nhất, có ô 'Phiên bản mẫu' ghi {expected}.",
      en: "Use the latest report form {expected}, whose 'Phiên bản mẫu' cell reads {expected}.",
    },
  },
} as const satisfies FindingCatalog;
