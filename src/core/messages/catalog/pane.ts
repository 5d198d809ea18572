import type { TextCatalog } from "./types";

// The task pane's texts. Formulas are shown as Excel takes them in Vietnam, with ";" between
// arguments; the separator note covers machines whose regional setting uses ",".
export const paneTexts = {
  "pane.version": { vi: "Phiên bản {version}", en: "Version {version}" },
  "pane.mode.excel": { vi: "trong Excel", en: "in Excel" },
  "pane.mode.web": { vi: "trang web", en: "web page" },
  "pane.outside-office": {
    vi: "Trang này đang mở ngoài Excel: kiểm tra và tổng hợp các tệp báo cáo ngay trên trình duyệt, kết quả tải về dưới dạng tệp Excel.",
    en: "This page is open outside Excel: check and consolidate report files right in the browser, and download the result as an Excel file.",
  },
  "pane.tabs": { vi: "Chức năng", en: "Sections" },
  "pane.tab.check": { vi: "Kiểm tra", en: "Check" },
  "pane.tab.consolidate": { vi: "Tổng hợp", en: "Consolidate" },
  "pane.tab.template": { vi: "Mẫu", en: "Form" },
  "pane.tab.config": { vi: "Cấu hình", en: "Settings" },
  "pane.tab.track": { vi: "Theo dõi", en: "Tracking" },
  "pane.proposals.caption": {
    vi: "Số đề nghị khen thưởng của các đơn vị",
    en: "The units' award proposals",
  },
  "pane.proposals.award": { vi: "Hình thức khen thưởng", en: "Award" },
  "pane.proposals.collective": { vi: "Tập thể", en: "Collectives" },
  "pane.proposals.individual": { vi: "Cá nhân", en: "Individuals" },
  "pane.proposals.regular": { vi: "Thường xuyên", en: "Regular" },
  "pane.proposals.thematic": { vi: "Chuyên đề", en: "Thematic" },
  "pane.proposals.none": {
    vi: "Không đơn vị nào gửi đề nghị khen thưởng.",
    en: "No unit sent award proposals.",
  },
  "pane.proposals.download": {
    vi: "Tải danh sách đề nghị khen thưởng",
    en: "Download the award proposal lists",
  },
  "pane.annotate.run": { vi: "Tải bản đánh dấu lỗi", en: "Download marked copies" },
  "pane.annotate.hint": {
    vi: "Mỗi tệp có lỗi hay cảnh báo được sao thành một bản đánh dấu (ô tô màu, có ghi chú, thêm trang Kiểm tra); các bản được gói chung trong một tệp nén {zip} để tải một lần.",
    en: "Each file with errors or warnings is copied with its cells marked (coloured, with a note, and a Kiểm tra sheet added); the copies come in one zip file, {zip}, downloaded at once.",
  },
  "pane.annotate.working": { vi: "Đang tạo các bản đánh dấu…", en: "Making the marked copies…" },
  "pane.annotate.done": {
    vi: "{count} bản đánh dấu trong {zip}:",
    en: "{count} marked copies in {zip}:",
  },
  "pane.annotate.copy": { vi: "{copy} (từ {file})", en: "{copy} (from {file})" },
  "pane.annotate.none": {
    vi: "Không tệp nào có lỗi hay cảnh báo để đánh dấu.",
    en: "No file has errors or warnings to mark.",
  },
  "pane.annotate.unopenable": {
    vi: "Không tạo được bản đánh dấu cho {file}",
    en: "No marked copy could be made of {file}",
  },
  "pane.previous.pick": {
    vi: "Kỳ trước: tệp kết quả tổng hợp của kỳ trước (không bắt buộc)",
    en: "Previous period: the previous period's result workbook (optional)",
  },
  "pane.previous.chosen": { vi: "Kỳ trước: {file}", en: "Previous period: {file}" },
  "pane.previous.clear": { vi: "Bỏ kỳ trước", en: "Remove the previous period" },
  "pane.previous.compared": {
    vi: "Đã so sánh với kỳ trước ({file}): thêm trang So sánh và các câu so sánh.",
    en: "Compared with the previous period ({file}): a So sánh sheet and the comparison sentences added.",
  },
  "pane.previous.refused": {
    vi: "Không so sánh được với {file}:",
    en: "{file} could not be compared with:",
  },
  "pane.track.intro-web": {
    vi: "Chọn các tệp báo cáo đã nhận để xem đơn vị nào đã nộp, nộp muộn, có lỗi hay chưa nộp, theo từng cụm thi đua. Danh sách đơn vị lấy từ mục units của cấu hình (nạp tệp cấu hình ở mục Cấu hình).",
    en: "Pick the report files received to see which units sent theirs on time, late, with errors or not at all, cluster by cluster. The list of units is the rules' units (load a rules file in Settings).",
  },
  "pane.track.intro-excel": {
    vi: "Chọn các tệp báo cáo đã nhận để xem đơn vị nào đã nộp, nộp muộn, có lỗi hay chưa nộp, theo từng cụm thi đua. Danh sách đơn vị được ghi vào và đọc từ trang {sheet}.",
    en: "Pick the report files received to see which units sent theirs on time, late, with errors or not at all, cluster by cluster. The list of units is written to and read from the {sheet} sheet.",
  },
  "pane.track.run": { vi: "Theo dõi", en: "Track" },
  "pane.track.units": {
    vi: "Danh sách đơn vị: {count} đơn vị.",
    en: "List of units: {count} units.",
  },
  "pane.track.counts": {
    vi: "{units} đơn vị: {onTime} đúng hạn, {late} nộp muộn, {errors} có lỗi, {missing} chưa nộp.",
    en: "{units} units: {onTime} on time, {late} late, {errors} with errors, {missing} missing.",
  },
  "pane.track.code": { vi: "Mã đơn vị", en: "Unit code" },
  "pane.track.name": { vi: "Tên đơn vị", en: "Unit" },
  "pane.track.unidentified": {
    vi: "Tệp không xác định được đơn vị: {files}",
    en: "Files whose unit is not identified: {files}",
  },
  "pane.track.write-list": {
    vi: "Ghi danh sách đơn vị vào trang {sheet}",
    en: "Write the list of units to the {sheet} sheet",
  },
  "pane.track.read-list": {
    vi: "Dùng danh sách ở trang {sheet}",
    en: "Use the list on the {sheet} sheet",
  },
  "pane.track.list-written": {
    vi: "Đã ghi {count} đơn vị vào trang {sheet}.",
    en: "{count} units written to the {sheet} sheet.",
  },
  "pane.track.list-read": {
    vi: "Đang dùng {count} đơn vị của trang {sheet}.",
    en: "Using the {count} units of the {sheet} sheet.",
  },
  "pane.track.no-sheet": {
    vi: "Sổ làm việc chưa có trang {sheet}.",
    en: "The workbook has no {sheet} sheet.",
  },
  "pane.working": { vi: "Đang xử lý…", en: "Working…" },
  "pane.failed": {
    vi: "Không thực hiện được: {message}",
    en: "This could not be done: {message}",
  },
  "pane.excel-failed": {
    vi: "Excel báo lỗi: {message}",
    en: "Excel reported an error: {message}",
  },
  "pane.progress": { vi: "Đã đọc {done}/{total} tệp", en: "{done} of {total} files read" },
  "pane.download": { vi: "Tải về", en: "Download" },
  "pane.download-file": { vi: "Tải về {file}", en: "Download {file}" },

  "pane.severity.error": { vi: "Lỗi", en: "Error" },
  "pane.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "pane.findings.none": {
    vi: "Không có lỗi hay cảnh báo nào.",
    en: "No errors or warnings.",
  },
  "pane.findings.counts": {
    vi: "{errors} lỗi, {warnings} cảnh báo",
    en: "{errors} errors, {warnings} warnings",
  },
  "pane.findings.whole-file": { vi: "Toàn tệp", en: "Whole file" },
  "pane.findings.sheet": { vi: "Trang {sheet}", en: "Sheet {sheet}" },
  "pane.findings.select": { vi: "Chọn ô này trong Excel", en: "Select this cell in Excel" },

  "pane.check.intro-excel": {
    vi: "Kiểm tra trang BaoCao và ChamDiem của sổ đang mở theo đúng các quy tắc dùng khi tổng hợp. Bấm vào một dòng để chọn ô đó.",
    en: "Checks the BaoCao and ChamDiem sheets of the open workbook by the same rules the consolidation uses. Click a line to select its cell.",
  },
  "pane.check.intro-web": {
    vi: "Chọn một tệp báo cáo (.xlsx) để kiểm tra theo đúng các quy tắc dùng khi tổng hợp.",
    en: "Pick a report file (.xlsx) to check it by the same rules the consolidation uses.",
  },
  "pane.check.pick": { vi: "Tệp báo cáo cần kiểm tra", en: "Report file to check" },
  "pane.check.open-workbook": { vi: "Sổ đang mở", en: "Open workbook" },
  "pane.check.reading": { vi: "Đang đọc {file}…", en: "Reading {file}…" },
  "pane.check.run": { vi: "Kiểm tra sổ đang mở", en: "Check the open workbook" },
  "pane.check.mark": { vi: "Đánh dấu", en: "Mark cells" },
  "pane.check.unmark": { vi: "Xóa đánh dấu", en: "Remove marks" },
  "pane.check.marked": {
    vi: "Đã đánh dấu {count} ô có lỗi hoặc cảnh báo.",
    en: "{count} cells with errors or warnings marked.",
  },
  "pane.check.unmarked": {
    vi: "Đã xóa các đánh dấu do add-in tạo.",
    en: "The marks the add-in made are removed.",
  },

  "pane.consolidate.intro-excel": {
    vi: "Chọn hoặc kéo thả các tệp báo cáo của các CĐCS. Kết quả được ghi thành các trang trong sổ đang mở, kèm biểu đồ, và có thể tải về.",
    en: "Pick or drop the units' report files. The result is written as sheets of the open workbook, with charts, and can be downloaded.",
  },
  "pane.consolidate.intro-web": {
    vi: "Chọn hoặc kéo thả các tệp báo cáo của các CĐCS rồi bấm Tổng hợp. Tệp được đọc ngay trên máy này; kết quả tải về là sổ Excel giống hệt sổ công cụ dòng lệnh tạo ra.",
    en: "Pick or drop the units' report files, then press Consolidate. Files are read on this computer; the result is the same Excel workbook the command-line tool writes.",
  },
  "pane.consolidate.pick": { vi: "Các tệp báo cáo (.xlsx)", en: "Report files (.xlsx)" },
  "pane.consolidate.drop-hint": {
    vi: "Kéo thả tệp vào đây, hoặc chọn tệp (chọn được nhiều tệp một lần).",
    en: "Drop files here, or pick them (several at once).",
  },
  "pane.consolidate.none-chosen": { vi: "Chưa chọn tệp nào.", en: "No file picked yet." },
  "pane.consolidate.chosen": { vi: "Đã chọn {count} tệp.", en: "{count} files picked." },
  "pane.consolidate.show-files": { vi: "Xem danh sách tệp", en: "Show the files" },
  "pane.consolidate.clear": { vi: "Bỏ chọn tất cả", en: "Clear the list" },
  "pane.consolidate.period": {
    vi: "Kỳ báo cáo (không bắt buộc)",
    en: "Reporting period (optional)",
  },
  "pane.consolidate.period-hint": {
    vi: "Ví dụ: Năm 2024. Để trống: lấy kỳ mà nhiều tệp ghi nhất.",
    en: "For example Năm 2024. Empty: the period most files declare.",
  },
  "pane.consolidate.deadline": { vi: "Hạn nộp (không bắt buộc)", en: "Deadline (optional)" },
  "pane.consolidate.deadline-hint": {
    vi: "Ví dụ: 15/12/2024. Báo cáo ghi ngày sau hạn được cảnh báo.",
    en: "For example 15/12/2024. Reports dated after it get a warning.",
  },
  "pane.consolidate.run": { vi: "Tổng hợp", en: "Consolidate" },
  "pane.consolidate.progress-name": { vi: "Tiến độ đọc tệp", en: "Files read" },
  "pane.consolidate.writing": { vi: "Đang lập sổ kết quả…", en: "Writing the result workbook…" },
  "pane.consolidate.done-web": {
    vi: "Đã tổng hợp xong. Bấm Tải về để lưu sổ kết quả.",
    en: "Consolidation done. Press Download to save the result workbook.",
  },
  "pane.consolidate.result-title": { vi: "Kết quả tổng hợp", en: "Consolidation result" },
  "pane.consolidate.period-used": { vi: "Kỳ báo cáo: {period}", en: "Reporting period: {period}" },
  "pane.consolidate.period-unknown": {
    vi: "Không xác định được kỳ báo cáo.",
    en: "The reporting period could not be determined.",
  },
  "pane.consolidate.files": {
    vi: "{total} tệp: {included} được tổng hợp, {rejected} bị loại vì có lỗi, {replaced} được thay bằng bản gửi sau.",
    en: "{total} files: {included} consolidated, {rejected} rejected for errors, {replaced} replaced by a later copy.",
  },
  "pane.consolidate.classes": { vi: "Xếp loại chất lượng", en: "Classification" },
  "pane.consolidate.class": { vi: "Xếp loại", en: "Class" },
  "pane.consolidate.count": { vi: "Số CĐCS", en: "Units" },
  "pane.consolidate.files-findings": {
    vi: "Tệp bị loại hoặc có cảnh báo",
    en: "Files rejected or with warnings",
  },
  "pane.consolidate.file-line": {
    vi: "{file} — {status} ({counts})",
    en: "{file} — {status} ({counts})",
  },
  "pane.file.included": { vi: "được tổng hợp", en: "consolidated" },
  "pane.file.rejected": { vi: "bị loại", en: "rejected" },
  "pane.file.replaced": { vi: "được thay bằng {by}", en: "replaced by {by}" },
  "pane.consolidate.replace-title": { vi: "Thay các trang đã có?", en: "Replace existing sheets?" },
  "pane.consolidate.replace-question": {
    vi: "Sổ đang mở đã có các trang: {sheets}. Thay chúng bằng kết quả mới? Nội dung cũ của các trang này sẽ mất.",
    en: "The open workbook already has these sheets: {sheets}. Replace them with the new result? Their current content will be lost.",
  },
  "pane.consolidate.replace-yes": { vi: "Thay thế", en: "Replace" },
  "pane.consolidate.replace-no": { vi: "Không", en: "No" },
  "pane.consolidate.not-written": {
    vi: "Chưa ghi vào sổ đang mở. Kết quả vẫn tải về được.",
    en: "Nothing was written to the open workbook. The result can still be downloaded.",
  },
  "pane.consolidate.writing-excel": {
    vi: "Đang ghi kết quả vào sổ đang mở…",
    en: "Writing the result into the open workbook…",
  },
  "pane.consolidate.written": {
    vi: "Đã ghi vào sổ đang mở các trang: {sheets}.",
    en: "Written to the open workbook: sheets {sheets}.",
  },

  "pane.template.intro": {
    vi: "Tạo mẫu báo cáo CĐCS (phiên bản CDVC-BC 1), để trống hoặc điền sẵn mã, tên, kỳ báo cáo và cụm thi đua của đơn vị.",
    en: "Creates the unit report form (version CDVC-BC 1), blank or with the unit's code, name, period and cluster filled in.",
  },
  "pane.template.period-example": { vi: "Năm 2024", en: "Năm 2024" },
  "pane.template.period-invalid": {
    vi: "'{text}' không phải là kỳ báo cáo. Ghi như: Năm 2024, 6 tháng đầu năm 2024, Nhiệm kỳ 2023-2028.",
    en: "'{text}' is not a reporting period. Write it as: Năm 2024, 6 tháng đầu năm 2024, Nhiệm kỳ 2023-2028.",
  },
  "pane.template.new-workbook": { vi: "Mở thành sổ mới", en: "Open as a new workbook" },
  "pane.template.download": { vi: "Tạo tệp để tải về", en: "Make a file to download" },
  "pane.template.ready": { vi: "Đã tạo {file}.", en: "{file} is ready." },
  "pane.template.opened": {
    vi: "Đã mở mẫu báo cáo trong một sổ mới.",
    en: "The form is open in a new workbook.",
  },

  "pane.config.intro-excel": {
    vi: "Quy tắc dùng để kiểm tra, xếp loại và khen thưởng. Ghi quy tắc vào trang {sheet} để sửa ngay trong Excel, rồi đọc lại để áp dụng.",
    en: "The rules for checks, classification and awards. Write them to sheet {sheet} to edit them in Excel, then read them back to use them.",
  },
  "pane.config.intro-web": {
    vi: "Quy tắc dùng để kiểm tra, xếp loại và khen thưởng. Mở một tệp quy tắc (.json) để áp dụng, hoặc tải quy tắc đang dùng về để sửa.",
    en: "The rules for checks, classification and awards. Open a rules file (.json) to use it, or download the rules in use to edit them.",
  },
  "pane.config.source-default": {
    vi: "Đang dùng quy tắc mặc định: {indicators} chỉ tiêu, {criteria} tiêu chí.",
    en: "Using the default rules: {indicators} indicators, {criteria} criteria.",
  },
  "pane.config.source-sheet": {
    vi: "Đang dùng quy tắc đọc từ trang {name}: {indicators} chỉ tiêu, {criteria} tiêu chí.",
    en: "Using the rules read from sheet {name}: {indicators} indicators, {criteria} criteria.",
  },
  "pane.config.source-file": {
    vi: "Đang dùng quy tắc từ tệp {name}: {indicators} chỉ tiêu, {criteria} tiêu chí.",
    en: "Using the rules from file {name}: {indicators} indicators, {criteria} criteria.",
  },
  "pane.config.write-sheet": { vi: "Ghi vào trang {sheet}", en: "Write to sheet {sheet}" },
  "pane.config.read-sheet": { vi: "Đọc từ trang {sheet}", en: "Read from sheet {sheet}" },
  "pane.config.written": {
    vi: "Đã ghi quy tắc vào trang {sheet}.",
    en: "The rules are written to sheet {sheet}.",
  },
  "pane.config.no-sheet": {
    vi: "Sổ đang mở không có trang {sheet}. Bấm Ghi vào trang {sheet} trước.",
    en: "The open workbook has no sheet {sheet}. Press Write to sheet {sheet} first.",
  },
  "pane.config.pick": { vi: "Tệp quy tắc (.json)", en: "Rules file (.json)" },
  "pane.config.save": { vi: "Tạo tệp quy tắc để tải về", en: "Make a rules file to download" },
  "pane.config.use-defaults": { vi: "Dùng quy tắc mặc định", en: "Use the default rules" },
  "pane.config.adopted": {
    vi: "Đã áp dụng quy tắc từ {name}.",
    en: "The rules from {name} are now in use.",
  },
  "pane.config.rejected": {
    vi: "Quy tắc trong {name} có lỗi nên chưa được áp dụng; vẫn dùng quy tắc cũ.",
    en: "The rules in {name} have errors and are not used; the previous rules stay in use.",
  },
  "pane.config.defaults-used": {
    vi: "Đã quay về quy tắc mặc định.",
    en: "Back to the default rules.",
  },

  "pane.functions-heading": {
    vi: "Hai hàm dùng trong công thức",
    en: "Two functions for your formulas",
  },
  "pane.attainment-heading": {
    vi: "CDVC.ATTAINMENT — tỷ lệ đạt",
    en: "CDVC.ATTAINMENT — attainment rate",
  },
  "pane.attainment-body": {
    vi: 'Chia số thực hiện cho kế hoạch: thực hiện 153 trên kế hoạch 59 cho 2,5932, định dạng phần trăm là 259%. Đọc được số gõ kiểu Việt Nam như "2.686" hay "216,8".',
    en: 'Divides the actual by the target: 153 against a target of 59 gives 2.5932, shown as a percentage 259%. Reads numbers typed the Vietnamese way, such as "2.686" or "216,8".',
  },
  "pane.attainment-lower": {
    vi: 'Với chỉ tiêu càng ít càng tốt (như đoàn viên giảm), thêm đối số thứ ba "lower": tỷ lệ là kế hoạch chia thực hiện, thực hiện bằng 0 là đạt trọn.',
    en: 'For indicators where less is better (such as members lost), add a third argument "lower": the rate is target divided by actual, and an actual of 0 meets the target in full.',
  },
  "pane.attainment-errors": {
    vi: "Không có kế hoạch hoặc kế hoạch bằng 0 cho #DIV/0!; chữ không đọc được thành số cho #VALUE!.",
    en: "No target, or a target of 0, gives #DIV/0!; text that cannot be read as a number gives #VALUE!.",
  },
  "pane.attainment-example": {
    vi: "=CDVC.ATTAINMENT(F12;E12)",
    en: "=CDVC.ATTAINMENT(F12;E12)",
  },
  "pane.rank-heading": {
    vi: "CDVC.RANK_CDCS — xếp hạng",
    en: "CDVC.RANK_CDCS — ranking",
  },
  "pane.rank-body": {
    vi: "Thứ hạng của một điểm trong danh sách điểm, cao nhất là hạng 1. Điểm bằng nhau cùng hạng và hạng kế tiếp bị bỏ qua (1, 2, 2, 4), như hàm RANK.EQ. Điểm không có trong danh sách cho #N/A.",
    en: "The rank of a score among a list of scores, highest first. Equal scores share a rank and the next rank is skipped (1, 2, 2, 4), as RANK.EQ does. A score missing from the list gives #N/A.",
  },
  "pane.rank-example": {
    vi: "=CDVC.RANK_CDCS(G5;$G$5:$G$64)",
    en: "=CDVC.RANK_CDCS(G5;$G$5:$G$64)",
  },
  "pane.rank-cluster": {
    vi: "Để xếp hạng trong từng cụm thi đua, thêm cụm của đơn vị và cột cụm của danh sách:",
    en: "To rank within each emulation cluster, add the unit's cluster and the list's cluster column:",
  },
  "pane.rank-cluster-example": {
    vi: "=CDVC.RANK_CDCS(G5;$G$5:$G$64;C5;$C$5:$C$64)",
    en: "=CDVC.RANK_CDCS(G5;$G$5:$G$64;C5;$C$5:$C$64)",
  },
  "pane.separator-note": {
    vi: "Máy đặt vùng dùng dấu phẩy để ngăn đối số thì gõ , thay cho ;.",
    en: "Where the regional setting separates arguments with a comma, type , instead of ;.",
  },
  "pane.privacy": {
    vi: "Dữ liệu không rời khỏi máy: add-in không gửi gì đi đâu.",
    en: "Your data stays on this computer: the add-in sends nothing anywhere.",
  },
} as const satisfies TextCatalog;
