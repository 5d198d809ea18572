import { shiftFormula } from "./shiftFormula";

describe("shiftFormula", () => {
  it.each<[string, number, number, string]>([
    ["F5/E5", 3, 0, "F8/E8"],
    ["F5/E5", 0, 0, "F5/E5"],
    ["SUM(B2:B9)", 0, 2, "SUM(D2:D9)"],
    ["SUM($B$2:B2)*Sheet2!C$1", 1, 2, "SUM($B$2:D3)*Sheet2!E$1"],
    ["$A1+A$1", 4, 4, "$A5+E$1"],
    ["'Báo cáo 2024'!D4*2", 1, 0, "'Báo cáo 2024'!D5*2"],
    ["'It''s A1'!A1", 1, 1, "'It''s A1'!B2"],
    ['IF(A2="A1","B2",A2)', 1, 0, 'IF(A3="A1","B2",A3)'],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["DAYS360(A1,B1)", 0, 1, "DAYS360(B1,C1)"],
    ["Sheet1!A1+Sheet1.Name", 1, 0, "Sheet1!A2+Sheet1.Name"],
    ["SUM(A:A)+SUM($B:$B)", 0, 1, "SUM(B:B)+SUM($B:$B)"],
    ["SUM(2:2)+SUM($3:$3)", 1, 0, "SUM(3:3)+SUM($3:$3)"],
    ["Bang1[[#This Row],[Thực hiện]]*A1", 1, 0, "Bang1[[#This Row],[Thực hiện]]*A2"],
    ["[1]Sheet1!A1", 1, 0, "[1]Sheet1!A2"],
    ["A1*1.5E+3+TRUE", 2, 0, "A3*1.5E+3+TRUE"],
    ["Z1+XFD1", 0, 1, "AA1+#REF!"],
    ["A2-A1", -1, 0, "A1-#REF!"],
    ["A1:B2", -1, 0, "#REF!"],
    ["#REF!+A1", 1, 0, "#REF!+A2"],
  ])("moves %j by %i rows and %i columns", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});
