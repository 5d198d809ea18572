import { formLabelKey } from "./formLabelKey";

describe("formLabelKey", () => {
  it.each([
    ["Mã số", "MA SO:"],
    ["Tên công đoàn cơ sở", "  ten  cong doan co so : "],
    ["Họ và tên / Tên tập thể", "Họ và tên/Tên tập thể"],
    ["Chức vụ, đơn vị công tác", "CHỨC VỤ ,ĐƠN VỊ CÔNG TÁC"],
  ])("matches %s and %s", (a, b) => {
    expect(formLabelKey(a)).toBe(formLabelKey(b));
  });

  it.each([
    ["Kế hoạch", "Thực hiện"],
    ["Mã số", "Mã đơn vị"],
  ])("tells %s from %s", (a, b) => {
    expect(formLabelKey(a)).not.toBe(formLabelKey(b));
  });
});
