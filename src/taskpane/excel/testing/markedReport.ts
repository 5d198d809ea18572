// Test-only: a report sheet with the user's own fills, notes and comments, for the tests of
// markFindings and unmarkFindings.
import { FakeExcel, type FakeSheet } from "./fakeExcel";

export const GREEN = { color: "#00B050", pattern: "Solid", patternColor: "#000000" };
export const PATTERNED = { color: "#FFFF00", pattern: "Gray50", patternColor: "#FF0000" };

/** BaoCao with a green F14 (with the unit's comment), a patterned F15 (with the unit's note), a green G20 and a note on D5. */
export function report(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: "BaoCao",
        cells: { F14: "khoảng 20", F15: "1,6 tỷ", F16: "?" },
        fills: { F14: GREEN, F15: PATTERNED, G20: GREEN },
        notes: { F15: "Ghi chú của đơn vị", D5: "Ghi chú khác" },
        comments: { F14: "Bình luận của đơn vị" },
      },
      { name: "ChamDiem" },
    ],
  });
}

/** What a user sees of a sheet's marks: fills, notes and comments by cell. */
export function looks(sheet: FakeSheet) {
  return {
    fills: Object.fromEntries(sheet.fills),
    notes: Object.fromEntries(sheet.notes),
    comments: Object.fromEntries([...sheet.comments].map(([a1, c]) => [a1, c.content])),
  };
}
