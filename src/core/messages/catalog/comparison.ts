import type { FindingCatalog, TextCatalog } from "./types";

/**
 * Findings and texts of what is built on consolidated workbooks (issue 9): reading a
 * consolidated workbook back, comparing a period with the previous one (`--previous`), the
 * term report (`cdvc term`) and the roll-up of several CĐVC (`cdvc consolidate` on
 * consolidated workbooks).
 */
export const comparisonFindings = {
  "consolidated.not-ours": {
    severity: "error",
    message: {
      vi: "Tệp {file} không phải là sổ tổng hợp do CĐVC Thi đua ghi ra (không có dấu nhận biết {marker} ở trang {sheet}).",
      en: "File {file} is not a result workbook written by CĐVC Thi đua (no {marker} mark on sheet {sheet}).",
    },
    hint: {
      vi: "Chọn tệp sổ tổng hợp (TongHop.xlsx) do lệnh cdvc consolidate hoặc nút Tổng hợp ghi ra, không sửa tên các trang của nó.",
      en: "Choose a result workbook (TongHop.xlsx) written by cdvc consolidate or the Consolidate button, with its sheets not renamed.",
    },
  },
  "consolidated.sheet-missing": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp {file} thiếu trang {sheet}.",
      en: "Result workbook {file} has no sheet {sheet}.",
    },
    hint: {
      vi: "Dùng đúng tệp do CĐVC Thi đua ghi ra, không xóa hay đổi tên trang nào; nếu cần, tổng hợp lại kỳ đó.",
      en: "Use the file as CĐVC Thi đua wrote it, with no sheet deleted or renamed; if need be, consolidate that period again.",
    },
  },
  "consolidated.period-unreadable": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp {file} không ghi rõ kỳ báo cáo (ô {cell} trang {sheet}: '{text}').",
      en: "Result workbook {file} does not say which period it is (cell {cell} of sheet {sheet}: '{text}').",
    },
    hint: {
      vi: 'Tổng hợp lại kỳ đó với tùy chọn --period (ví dụ --period "Năm 2023").',
      en: 'Consolidate that period again with the --period option (for example --period "Năm 2023").',
    },
  },
  "consolidated.rules-unreadable": {
    severity: "error",
    message: {
      vi: "Không đọc lại được bộ quy tắc ở trang {sheet} của sổ tổng hợp {file}: {detail}",
      en: "The rules on sheet {sheet} of result workbook {file} cannot be read back: {detail}",
    },
    hint: {
      vi: "Không sửa trang Cấu hình của sổ tổng hợp; nếu đã sửa, tổng hợp lại kỳ đó.",
      en: "Do not edit the result workbook's configuration sheet; if it was edited, consolidate that period again.",
    },
  },
  "consolidated.layout": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet} của sổ tổng hợp {file} phải là tiêu đề của chỉ tiêu {code}, nhưng ghi '{text}'.",
      en: "Cell {cell} of sheet {sheet} of result workbook {file} should head indicator {code}, but holds '{text}'.",
    },
    hint: {
      vi: "Không chèn, xóa hay di chuyển cột trong sổ tổng hợp; nếu đã sửa, tổng hợp lại kỳ đó.",
      en: "Do not insert, delete or move columns of the result workbook; if it was edited, consolidate that period again.",
    },
  },
  "consolidated.bad-value": {
    severity: "error",
    message: {
      vi: "Ô {cell} trang {sheet} của sổ tổng hợp {file} phải là số hoặc để trống, nhưng ghi '{text}'.",
      en: "Cell {cell} of sheet {sheet} of result workbook {file} should hold a number or nothing, but holds '{text}'.",
    },
    hint: {
      vi: "Không sửa số liệu trong sổ tổng hợp; nếu đã sửa, tổng hợp lại kỳ đó.",
      en: "Do not edit the figures of the result workbook; if they were edited, consolidate that period again.",
    },
  },
  "consolidated.unit-unmatched": {
    severity: "error",
    message: {
      vi: "Đơn vị {code} có ở trang {sheet} nhưng không có ở trang {other} của sổ tổng hợp {file}.",
      en: "Unit {code} is on sheet {sheet} but not on sheet {other} of result workbook {file}.",
    },
    hint: {
      vi: "Không thêm, xóa dòng trong sổ tổng hợp; nếu đã sửa, tổng hợp lại kỳ đó.",
      en: "Do not add or delete rows of the result workbook; if it was edited, consolidate that period again.",
    },
  },

  "comparison.same-period": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp kỳ trước {file} là {previous}, cùng kỳ với kỳ đang tổng hợp ({current}).",
      en: "The previous result workbook {file} is for {previous}, the same period as the one being consolidated ({current}).",
    },
    hint: {
      vi: "Chọn sổ tổng hợp của kỳ trước, ví dụ của năm trước.",
      en: "Choose the result workbook of the previous period, for example last year's.",
    },
  },
  "comparison.period-unknown": {
    severity: "error",
    message: {
      vi: "Chưa xác định được kỳ đang tổng hợp, nên không so sánh được với {previous} ({file}).",
      en: "The period being consolidated is not known, so it cannot be compared with {previous} ({file}).",
    },
    hint: {
      vi: 'Ghi rõ kỳ báo cáo bằng tùy chọn --period (ví dụ --period "Năm 2024").',
      en: 'Give the period with the --period option (for example --period "Năm 2024").',
    },
  },
  "comparison.previous-later": {
    severity: "warning",
    message: {
      vi: "Sổ tổng hợp dùng để so sánh {file} là {previous}, sau kỳ đang tổng hợp ({current}).",
      en: "The result workbook compared with, {file}, is for {previous}, after the period being consolidated ({current}).",
    },
    hint: {
      vi: "Kiểm tra lại: thường so sánh với kỳ trước.",
      en: "Check: a comparison is usually with the previous period.",
    },
  },

  "term.not-a-year": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp {file} là của {period}, không phải của một năm; báo cáo nhiệm kỳ chỉ cộng các năm.",
      en: "Result workbook {file} is for {period}, not a whole year; a term report adds up years only.",
    },
    hint: {
      vi: "Chỉ đưa vào sổ tổng hợp cả năm của từng năm trong nhiệm kỳ.",
      en: "Give only the whole-year result workbooks of the term's years.",
    },
  },
  "term.year-repeated": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp {file} cũng là của {period}, đã có ở {first}; chỉ tính {first}.",
      en: "Result workbook {file} is also for {period}, already given as {first}; only {first} counts.",
    },
    hint: {
      vi: "Mỗi năm chỉ đưa vào một sổ tổng hợp.",
      en: "Give one result workbook per year.",
    },
  },
  "term.year-outside": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp {file} là của {period}, ngoài {term}.",
      en: "Result workbook {file} is for {period}, outside {term}.",
    },
    hint: {
      vi: "Bỏ tệp này ra, hoặc sửa lại tùy chọn --term.",
      en: "Leave this file out, or correct the --term option.",
    },
  },
  "term.year-missing": {
    severity: "warning",
    message: {
      vi: "Thiếu sổ tổng hợp năm {year}: số liệu cả nhiệm kỳ không có năm này.",
      en: "No result workbook for {year}: the term's figures leave that year out.",
    },
    hint: {
      vi: "Thêm sổ tổng hợp năm {year} nếu có.",
      en: "Add the result workbook of {year} if there is one.",
    },
  },
  "term.indicators-differ": {
    severity: "warning",
    message: {
      vi: "Sổ tổng hợp {file} ({period}) dùng bộ chỉ tiêu khác {last}; mỗi chỉ tiêu chỉ được cộng ở những năm có nó.",
      en: "Result workbook {file} ({period}) used other indicators than {last}; each indicator adds up over the years that had it.",
    },
    hint: {
      vi: "Kiểm tra trang Nhiệm kỳ: chỉ tiêu thay đổi giữa nhiệm kỳ có số liệu không đủ các năm.",
      en: "Check the Term sheet: an indicator that changed during the term lacks some years.",
    },
  },

  "rollup.period-mismatch": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp {file} là của {period}, khác kỳ {expected} của các sổ khác; không cộng được số liệu hai kỳ.",
      en: "Result workbook {file} is for {period}, not {expected} like the others; figures of two periods do not add up.",
    },
    hint: {
      vi: "Chỉ đưa vào sổ tổng hợp cùng một kỳ của các CĐVC.",
      en: "Give the result workbooks of the same period only.",
    },
  },
  "rollup.indicators-differ": {
    severity: "error",
    message: {
      vi: "Sổ tổng hợp {file} dùng bộ chỉ tiêu khác các sổ khác; cùng một mã sẽ cộng những thứ khác nhau.",
      en: "Result workbook {file} used other indicators than the others; the same code would add up different things.",
    },
    hint: {
      vi: "Các CĐVC cần dùng cùng bộ quy tắc (cùng chỉ tiêu); hoặc chỉ định bộ chỉ tiêu bằng --config.",
      en: "The CĐVC must use the same rules (the same indicators); or give the indicators with --config.",
    },
  },
  "rollup.mixed-inputs": {
    severity: "error",
    message: {
      vi: "Có {consolidated} sổ tổng hợp của CĐVC (như {example}) lẫn với {reports} tệp khác (như {other}); không tổng hợp chung được.",
      en: "{consolidated} CĐVC result workbooks (such as {example}) are mixed with {reports} other files (such as {other}); they cannot be consolidated together.",
    },
    hint: {
      vi: "Tổng hợp báo cáo CĐCS và cộng các sổ tổng hợp của CĐVC bằng hai lần chạy riêng.",
      en: "Consolidate unit reports and add up CĐVC result workbooks in two separate runs.",
    },
  },
} as const satisfies FindingCatalog;

export const comparisonTexts = {
  // Period over period: the sentences ("Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ so với năm 2023.").
  "comparison.class.more": {
    vi: "tăng {count} CĐCS {classPhrase}",
    en: "{count} more units {classPhrase}",
  },
  "comparison.class.fewer": {
    vi: "giảm {count} CĐCS {classPhrase}",
    en: "{count} fewer units {classPhrase}",
  },
  "comparison.sentence.classes": {
    vi: "{parts} so với {previous}.",
    en: "Compared with {previous}: {parts}.",
  },
  "comparison.sentence.classes-same": {
    vi: "Số CĐCS ở từng loại xếp loại không thay đổi so với {previous}.",
    en: "The number of units in each class is the same as in {previous}.",
  },
  "comparison.sentence.indicators": {
    vi: "So với {previous}: {parts}.",
    en: "Compared with {previous}: {parts}.",
  },
  "comparison.unit.units": { vi: "CĐCS", en: "units" },
  "comparison.figure.generic": {
    vi: "{labelLower} {value} {unit}, {move}",
    en: "{label} {value} {unit}, {move}",
  },
  "comparison.figure.yesno": {
    vi: "{value} CĐCS {labelLower}, {move}",
    en: "{value} units: {label}, {move}",
  },
  "comparison.figure.attainment": {
    vi: "{figure}, tỷ lệ đạt {current} ({previous}: {before})",
    en: "{figure}, {current} of target ({previous}: {before})",
  },
  "comparison.move.up": { vi: "tăng {diff} {unit}", en: "up {diff} {unit}" },
  "comparison.move.up-rate": { vi: "tăng {diff} {unit} ({rate})", en: "up {diff} {unit} ({rate})" },
  "comparison.move.down": { vi: "giảm {diff} {unit}", en: "down {diff} {unit}" },
  "comparison.move.down-rate": {
    vi: "giảm {diff} {unit} ({rate})",
    en: "down {diff} {unit} ({rate})",
  },

  // Sheet So sánh of the result workbook.
  "comparison.sheet": { vi: "So sánh", en: "Comparison" },
  "comparison.title": {
    vi: "SO SÁNH {period} VỚI {previous}",
    en: "{period} COMPARED WITH {previous}",
  },
  "comparison.units-heading": { vi: "Từng CĐCS", en: "Units" },
  "comparison.province-heading": { vi: "Toàn tỉnh", en: "Province" },
  "comparison.col.before": { vi: "{what} {period}", en: "{what} {period}" },
  "comparison.col.change": { vi: "Chênh lệch", en: "Change" },
  "comparison.col.change-rate": { vi: "Tỷ lệ thay đổi", en: "Rate of change" },
  "comparison.col.rank-change": { vi: "Thay đổi hạng", en: "Rank change" },
  "comparison.col.move": { vi: "Biến động xếp loại", en: "Class change" },
  "comparison.col.attainment": { vi: "Tỷ lệ đạt {period}", en: "Attainment {period}" },
  "comparison.col.item": { vi: "Nội dung", en: "Item" },
  "comparison.col.unit-of-measure": { vi: "Đơn vị tính", en: "Unit" },
  "comparison.move.class.up": { vi: "Lên loại", en: "Up" },
  "comparison.move.class.down": { vi: "Xuống loại", en: "Down" },
  "comparison.move.class.same": { vi: "Giữ nguyên", en: "Same" },
  "comparison.move.class.new": { vi: "Mới có ở kỳ này", en: "New this period" },
  "comparison.move.class.gone": { vi: "Không có ở kỳ này", en: "Not in this period" },
  "comparison.row.units": { vi: "Số CĐCS được tổng hợp", en: "Units consolidated" },

  // The term report (cdvc term): sentences (seed 004), then its workbook.
  "term.sentence.met": {
    vi: "Trong {term}, đã hoàn thành và hoàn thành vượt mức {met} chỉ tiêu.",
    en: "Over {term}, {met} targets were met or exceeded.",
  },
  "term.sentence.missed": {
    vi: "Chưa hoàn thành {count} chỉ tiêu: {parts}.",
    en: "{count} targets were not met: {parts}.",
  },
  "term.sentence.attainment": {
    vi: "Kết quả thực hiện chỉ tiêu cả {term}: {parts}.",
    en: "Targets over {term}: {parts}.",
  },
  "term.sentence.classes": {
    vi: "Kết quả xếp loại chất lượng CĐCS qua các năm: {parts}.",
    en: "Classification of the units year by year: {parts}.",
  },
  "term.sentence.year-classes": { vi: "{period}: {parts}", en: "{period}: {parts}" },
  "term.no-classes": { vi: "chưa có CĐCS nào được xếp loại", en: "no unit classified" },
  "term.sentence.excellent-every-year": {
    vi: "{count} CĐCS hoàn thành xuất sắc nhiệm vụ cả {years} năm: {names}.",
    en: "{count} units completed their tasks with excellence in all {years} years: {names}.",
  },
  "term.sheet.totals": { vi: "Nhiệm kỳ", en: "Term" },
  "term.sheet.classes": { vi: "Xếp loại theo năm", en: "Classes by year" },
  "term.sheet.units": { vi: "Quá trình CĐCS", en: "Unit records" },
  "term.totals.title": {
    vi: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU – {term}",
    en: "TARGETS AND FIGURES – {term}",
  },
  "term.classes.title": {
    vi: "KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CĐCS QUA CÁC NĂM – {term}",
    en: "CLASSIFICATION OF THE UNITS YEAR BY YEAR – {term}",
  },
  "term.units.title": {
    vi: "QUÁ TRÌNH XẾP LOẠI CỦA TỪNG CĐCS – {term}",
    en: "EACH UNIT'S RECORD – {term}",
  },
  "term.sentences.title": {
    vi: "NỘI DUNG BÁO CÁO NHIỆM KỲ – {term}",
    en: "TERM REPORT SENTENCES – {term}",
  },
  "term.col.term": { vi: "Cả nhiệm kỳ", en: "Whole term" },
  "term.col.code": { vi: "Mã số", en: "Code" },
  "term.col.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "term.col.year": { vi: "Năm", en: "Year" },
  "term.col.outcome": { vi: "Đánh giá", en: "Outcome" },
  "term.col.years": { vi: "Số năm có báo cáo", en: "Years reported" },
  "term.col.class-years": { vi: "Số năm {class}", en: "Years {class}" },
  "term.outcome.exceeded": { vi: "Vượt mức", en: "Exceeded" },
  "term.outcome.met": { vi: "Hoàn thành", en: "Met" },
  "term.outcome.missed": { vi: "Chưa hoàn thành", en: "Not met" },

  // The roll-up of several CĐVC.
  "rollup.sentence.sources": { vi: "Theo từng đơn vị: {parts}.", en: "By source: {parts}." },
  "rollup.sentence.source": {
    vi: "{source} {units} CĐCS ({classes})",
    en: "{source} {units} units ({classes})",
  },
  "rollup.summary.title": {
    vi: "TỔNG HỢP SỐ LIỆU CÁC CĐVC – {period}",
    en: "FIGURES OF THE CĐVC – {period}",
  },
  "rollup.classes.title": {
    vi: "XẾP LOẠI CHẤT LƯỢNG CĐCS THEO TỪNG CĐVC – {period}",
    en: "CLASSIFICATION OF THE UNITS BY CĐVC – {period}",
  },
  "rollup.col.source": { vi: "Đơn vị (tệp tổng hợp)", en: "Source (result file)" },
  "rollup.col.period": { vi: "Kỳ báo cáo", en: "Period" },
  "rollup.total": { vi: "Tổng cộng", en: "Total" },

  // The command line.
  "comparison.cli.compared": {
    vi: "So sánh với {file} ({period}).",
    en: "Compared with {file} ({period}).",
  },
  "comparison.cli.previous-bad": {
    vi: "Không dùng được tệp kỳ trước '{file}':",
    en: "The previous period's file '{file}' cannot be used:",
  },
  "rollup.cli.summary": {
    vi: "Cộng {sources} sổ tổng hợp của CĐVC, kỳ {period}: {units} CĐCS.",
    en: "Added up {sources} CĐVC result workbooks, period {period}: {units} units.",
  },
  "rollup.cli.no-previous": {
    vi: "--previous chỉ dùng khi tổng hợp báo cáo của CĐCS, không dùng khi cộng các sổ tổng hợp",
    en: "--previous applies to unit reports only, not to adding up result workbooks",
  },
  "rollup.cli.bad-period": {
    vi: '--period cần một kỳ như "Năm 2024" hoặc "6 tháng đầu năm 2024"',
    en: '--period takes a period such as "Năm 2024" or "6 tháng đầu năm 2024"',
  },
  "rollup.cli.cannot": {
    vi: "Không cộng được các sổ tổng hợp:",
    en: "The result workbooks cannot be added up:",
  },
  "term.cli.summary": {
    vi: "{term}: {years} năm ({list}).",
    en: "{term}: {years} years ({list}).",
  },
  "term.cli.cannot": {
    vi: "Không lập được báo cáo nhiệm kỳ:",
    en: "The term report cannot be made:",
  },
  "term.cli.bad-term": {
    vi: '--term cần một nhiệm kỳ như "Nhiệm kỳ 2023-2028"',
    en: '--term takes a term such as "Nhiệm kỳ 2023-2028"',
  },
  "term.cli.no-inputs": {
    vi: "cần ít nhất một sổ tổng hợp của một năm trong nhiệm kỳ",
    en: "at least one result workbook of a year of the term is needed",
  },
} as const satisfies TextCatalog;
