import type { TextCatalog } from "./types";

// Formulas are shown as Excel takes them in Vietnam, with ";" between arguments; the separator
// note covers machines whose regional setting uses ",".
export const paneTexts = {
  "pane.version": { vi: "Phiên bản {version}", en: "Version {version}" },
  "pane.outside-office": {
    vi: "Trang này đang mở ngoài Excel. Nạp add-in vào Excel để dùng các hàm bên dưới.",
    en: "This page is open outside Excel. Load the add-in in Excel to use the functions below.",
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
