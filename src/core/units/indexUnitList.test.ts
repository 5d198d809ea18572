import type { ExpectedUnit } from "./expectedUnit";
import { indexUnitList } from "./indexUnitList";

const list: ExpectedUnit[] = [
  { code: "cd001", name: "Đầu tiên", membership: "direct" },
  { code: "CD002", name: "Thứ hai", membership: "member" },
  { code: "CD001", name: "Lặp lại", membership: "direct" },
];

describe("indexUnitList", () => {
  it("finds a unit by its code whatever the case, the first entry winning", () => {
    const index = indexUnitList(list);
    expect(index.get("CD001")?.name).toBe("Đầu tiên");
    expect(index.get("CD002")?.membership).toBe("member");
    expect(index.get("CD003")).toBeUndefined();
    expect(index.size).toBe(2);
  });

  it("indexes one list once and gives an empty index without a list", () => {
    expect(indexUnitList(list)).toBe(indexUnitList(list));
    expect(indexUnitList(undefined).size).toBe(0);
    expect(indexUnitList([]).size).toBe(0);
  });
});
