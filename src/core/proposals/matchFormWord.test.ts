import { matchFormWord } from "./matchFormWord";
import { proposalForm } from "./proposalForm";

describe("matchFormWord", () => {
  it.each([
    ["Cá nhân", "individual"],
    ["CA NHAN", "individual"],
    ["canhân", "individual"],
    ["Tập thể", "collective"],
    ["  tập   thể ", "collective"],
  ])("reads the subject %j as %s", (text, key) => {
    expect(matchFormWord(text, proposalForm.subjects)).toBe(key);
  });

  it.each([
    ["Thường xuyên", "regular"],
    ["thuong xuyen", "regular"],
    ["Chuyên đề", "thematic"],
    ["CHUYÊN ĐỀ:", "thematic"],
  ])("reads the kind %j as %s", (text, key) => {
    expect(matchFormWord(text, proposalForm.kinds)).toBe(key);
  });

  it.each(["Nhóm", "", "  ", "Cá nhân, Tập thể"])("reads %j as none of the words", (text) => {
    expect(matchFormWord(text, proposalForm.subjects)).toBeNull();
  });
});
