import type { FindingCatalog } from "./types";

/**
 * Findings about a submitted file as a whole, raised by the workbook reader before any cell is
 * checked (DOMAIN.md, "What a submission can get wrong": not a workbook, damaged,
 * password-protected, far larger than any report). Each one rejects the file.
 */
export const workbookFindings = {
  "file.not-xlsx": {
    severity: "error",
    message: {
      vi: "Tệp {file} không phải là sổ Excel .xlsx (tệp rỗng hoặc có định dạng khác).",
      en: "File {file} is not an Excel .xlsx workbook (it is empty or in another format).",
    },
    hint: {
      vi: "Gửi lại đúng tệp báo cáo, lưu bằng Excel dưới dạng Sổ làm việc Excel (.xlsx).",
      en: "Send the right report file again, saved from Excel as an Excel Workbook (.xlsx).",
    },
  },
  "file.csv": {
    severity: "error",
    message: {
      vi: "Tệp {file} là tệp văn bản (CSV, HTML hoặc văn bản thường), không phải sổ Excel .xlsx.",
      en: "File {file} is a text file (CSV, HTML or plain text), not an Excel .xlsx workbook.",
    },
    hint: {
      vi: "Mở tệp bằng Excel, lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại; tốt nhất là nhập số liệu vào mẫu báo cáo.",
      en: "Open the file in Excel, save it as an Excel Workbook (.xlsx) and send it again; better, enter the figures in the report template.",
    },
  },
  "file.xls": {
    severity: "error",
    message: {
      vi: "Tệp {file} là sổ Excel định dạng cũ (.xls, Excel 97–2003), không đọc được.",
      en: "File {file} is an old-format Excel workbook (.xls, Excel 97–2003) and cannot be read.",
    },
    hint: {
      vi: "Mở tệp bằng Excel, lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
      en: "Open the file in Excel, save it as an Excel Workbook (.xlsx) and send it again.",
    },
  },
  "file.password-protected": {
    severity: "error",
    message: {
      vi: "Tệp {file} được đặt mật khẩu mở tệp nên không đọc được.",
      en: "File {file} is protected by a password to open it and cannot be read.",
    },
    hint: {
      vi: "Gỡ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa trống mật khẩu), lưu lại rồi gửi lại.",
      en: "Remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save and send it again.",
    },
  },
  "file.damaged": {
    severity: "error",
    message: {
      vi: "Tệp {file} bị hỏng hoặc không trọn vẹn (lỗi ở phần {part}).",
      en: "File {file} is damaged or incomplete (the error is in part {part}).",
    },
    hint: {
      vi: "Tệp có thể bị lỗi khi tải về hoặc sao chép: mở bằng Excel (cho Excel sửa nếu được hỏi), lưu lại rồi gửi lại, hoặc đề nghị đơn vị gửi lại tệp.",
      en: "The file may have been broken while downloaded or copied: open it in Excel (let Excel repair it if asked), save and send it again, or ask the unit to send the file again.",
    },
  },
  "file.too-large": {
    severity: "error",
    message: {
      vi: "Tệp {file} nặng {size} MB, vượt giới hạn {limit} MB của một tệp báo cáo.",
      en: "File {file} is {size} MB, over the {limit} MB limit for a report file.",
    },
    hint: {
      vi: "Kiểm tra lại đây có đúng tệp báo cáo không; xóa hình ảnh và trang tính thừa, lưu lại rồi gửi lại.",
      en: "Check that this is the report file; remove pictures and extra sheets, save and send it again.",
    },
  },
  "file.zip-bomb": {
    severity: "error",
    message: {
      vi: "Tệp {file} giải nén ra nhiều dữ liệu hơn kích thước nó khai báo hoặc hơn giới hạn {limit} MB; tệp bị hỏng hoặc được tạo ra để gây hại, nên không được đọc.",
      en: "File {file} unpacks to more data than it declares or than the {limit} MB limit; it is damaged or made to do harm, and is not read.",
    },
    hint: {
      vi: "Không mở tệp này; đề nghị đơn vị nhập lại báo cáo vào mẫu và gửi lại.",
      en: "Do not open this file; ask the unit to fill in the report template again and send it.",
    },
  },
  "file.xml-doctype": {
    severity: "error",
    message: {
      vi: "Tệp {file}: phần {part} có khai báo DOCTYPE hoặc ENTITY, điều Excel không bao giờ ghi; tệp không được đọc để bảo đảm an toàn.",
      en: "File {file}: part {part} holds a DOCTYPE or ENTITY declaration, which Excel never writes; the file is not read, for safety.",
    },
    hint: {
      vi: "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi gửi lại; nếu không mở được, nhập lại báo cáo vào mẫu.",
      en: "Open the file in Excel, save it as .xlsx and send it again; if it does not open, fill in the report template again.",
    },
  },
  "file.xml-too-deep": {
    severity: "error",
    message: {
      vi: "Tệp {file}: phần {part} lồng nhau sâu quá {limit} cấp; tệp không được đọc để bảo đảm an toàn.",
      en: "File {file}: part {part} is nested more than {limit} levels deep; the file is not read, for safety.",
    },
    hint: {
      vi: "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi gửi lại; nếu không mở được, nhập lại báo cáo vào mẫu.",
      en: "Open the file in Excel, save it as .xlsx and send it again; if it does not open, fill in the report template again.",
    },
  },
  "file.sheet-too-long": {
    severity: "error",
    message: {
      vi: "Tệp {file}: trang {sheet} có dữ liệu đến dòng {row}, vượt giới hạn {limit} dòng của một báo cáo.",
      en: "File {file}: sheet {sheet} has data down to row {row}, past the {limit}-row limit for a report.",
    },
    hint: {
      vi: "Xóa các dòng thừa ở cuối trang {sheet} (chọn các dòng rồi Xóa), lưu lại rồi gửi lại.",
      en: "Delete the extra rows at the end of sheet {sheet} (select the rows, then Delete), save and send it again.",
    },
  },
  "file.sheet-too-many-cells": {
    severity: "error",
    message: {
      vi: "Tệp {file}: trang {sheet} có hơn {limit} ô chứa dữ liệu, vượt xa một báo cáo.",
      en: "File {file}: sheet {sheet} has more than {limit} cells holding data, far more than a report.",
    },
    hint: {
      vi: "Xóa các cột và dòng thừa của trang {sheet}, lưu lại rồi gửi lại.",
      en: "Delete the extra columns and rows of sheet {sheet}, save and send it again.",
    },
  },
  "file.string-too-long": {
    severity: "error",
    message: {
      vi: "Tệp {file}: phần {part} có một đoạn văn bản dài hơn {limit} ký tự, vượt quá giới hạn một ô của Excel.",
      en: "File {file}: part {part} holds a text longer than {limit} characters, more than an Excel cell holds.",
    },
    hint: {
      vi: "Rút ngắn các ô văn bản quá dài, lưu lại bằng Excel rồi gửi lại.",
      en: "Shorten the overlong text cells, save the file from Excel and send it again.",
    },
  },
  "file.not-workbook": {
    severity: "error",
    message: {
      vi: "Tệp {file} là tệp nén nhưng không phải sổ Excel .xlsx (không có phần xl/workbook.xml).",
      en: "File {file} is a zip archive but not an Excel .xlsx workbook (it has no xl/workbook.xml part).",
    },
    hint: {
      vi: "Kiểm tra lại đây có đúng tệp báo cáo không; tệp Word, .ods hay .xlsb thì mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
      en: "Check that this is the report file; a Word, .ods or .xlsb file must be opened in Excel and saved as an Excel Workbook (.xlsx).",
    },
  },
} as const satisfies FindingCatalog;
