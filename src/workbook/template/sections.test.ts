import { groupIntoSections } from "./sections";

const codes = (list: string[]) => list.map((code) => ({ code }));

describe("groupIntoSections", () => {
  it.each([
    {
      name: "groups the default indicators by their letters, in order of appearance",
      input: ["DV01", "DV02", "CL01", "TD01", "XD01", "CB01"],
      expected: [
        ["template.section.DV", ["DV01", "DV02"]],
        ["template.section.CL", ["CL01"]],
        ["template.section.TD", ["TD01"]],
        ["template.section.XD", ["XD01"]],
        ["template.section.CB", ["CB01"]],
      ],
    },
    {
      name: "gathers a group whose rows are interleaved with another's",
      input: ["CL01", "DV01", "CL02"],
      expected: [
        ["template.section.CL", ["CL01", "CL02"]],
        ["template.section.DV", ["DV01"]],
      ],
    },
    {
      name: "puts a province's own codes last, under other indicators",
      input: ["NC01", "DV01", "nc02"],
      expected: [
        ["template.section.DV", ["DV01"]],
        ["template.section.other", ["NC01", "nc02"]],
      ],
    },
    { name: "gives no section for no indicators", input: [], expected: [] },
  ])("$name", ({ input, expected }) => {
    const sections = groupIntoSections(codes(input));
    expect(sections.map((s) => [s.title, s.items.map((i) => i.code)])).toEqual(expected);
  });

  it("matches the group letters in any case", () => {
    expect(groupIntoSections(codes(["dv01"]))[0]?.title).toBe("template.section.DV");
  });
});
