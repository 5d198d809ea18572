import type { ExpectedUnit } from "./expectedUnit";
import { unitListToRows } from "./unitListToRows";

describe("unitListToRows", () => {
  it("writes a header, then each unit as text in the list's order, absent values empty", () => {
    const units: ExpectedUnit[] = [
      {
        code: "001",
        name: "=CĐCS Sở Y tế",
        cluster: "Cụm 1",
        founded: "08/01/2021",
        membership: "direct",
        contact: "0912 345 678",
      },
      { code: "CD002", name: "CĐCS Trường THPT số 2", membership: "member" },
    ];
    expect(unitListToRows(units)).toEqual([
      [
        "Mã đơn vị",
        "Tên công đoàn cơ sở",
        "Cụm thi đua",
        "Ngày thành lập",
        "Trực thuộc/Thành viên",
        "Liên hệ",
      ],
      ["001", "=CĐCS Sở Y tế", "Cụm 1", "08/01/2021", "Trực thuộc", "0912 345 678"],
      ["CD002", "CĐCS Trường THPT số 2", "", "", "Thành viên", ""],
    ]);
  });

  it("writes the header alone for an empty list", () => {
    expect(unitListToRows([])).toHaveLength(1);
  });
});
