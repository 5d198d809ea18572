import { labelsEqual, normalizeLabel } from "./normalizeLabel";

describe("normalizeLabel", () => {
  it.each([
    ["Mã số:", "ma so"],
    ["  MÃ   SỐ ", "ma so"],
    ["mã số :", "ma so"],
    ["Mã số::", "ma so"],
    ["Mã số\uff1a", "ma so"],
    ["Tên công đoàn cơ sở", "ten cong doan co so"],
    ["ĐƠN VỊ TÍNH", "don vi tinh"],
    ["Kỳ\u00a0báo cáo", "ky bao cao"],
    ["Ngày thành lập (nếu có)", "ngay thanh lap (neu co)"],
    ["Giờ: 10:30", "gio: 10:30"],
    ["Tổng cộng", "tong cong"],
    [":", ""],
    ["", ""],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe("labelsEqual", () => {
  it.each([
    ["Mã số", "MA SO", true],
    ["Mã số", "mã số:", true],
    ["Thực  hiện", "THỰC HIỆN", true],
    ["Phiên bản mẫu", "Phien ban mau :", true],
    ["Kế hoạch", "Thực hiện", false],
    ["Mã số", "Mã đơn vị", false],
    ["Tự chấm", "Tự chấm điểm", false],
  ])("%j equals %j: %s", (a, b, expected) => {
    expect(labelsEqual(a, b)).toBe(expected);
  });
});
