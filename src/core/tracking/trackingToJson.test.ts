import { errorFinding, lateFinding, submitted } from "./testing/submitted";
import { trackSubmissions } from "./trackSubmissions";
import { trackingToJson } from "./trackingToJson";

describe("trackingToJson", () => {
  const list = [
    { code: "CD01", name: "CĐCS CD01", cluster: "Cụm 1", membership: "direct" as const },
    { code: "CD02", name: "CĐCS CD02", membership: "member" as const, contact: "0912" },
  ];
  const json = trackingToJson(
    trackSubmissions(
      [
        submitted("a.xlsx", "CD01", { findings: [lateFinding("a.xlsx"), lateFinding("a.xlsx")] }),
        submitted("z.xlsx", null, { status: "rejected", findings: [errorFinding("z.xlsx")] }),
      ],
      list,
    ),
  );

  it("writes each unit with its state, files, finding counts and a late report's dates", () => {
    expect(json.units).toEqual([
      {
        code: "CD01",
        name: "CĐCS CD01",
        cluster: "Cụm 1",
        membership: "direct",
        contact: null,
        listed: true,
        state: "late",
        file: "a.xlsx",
        submittedName: null,
        replaced: [],
        otherFiles: [],
        errors: 0,
        warnings: 2,
        late: { date: "20/01/2025", deadline: "15/01/2025" },
      },
      {
        code: "CD02",
        name: "CĐCS CD02",
        cluster: null,
        membership: "member",
        contact: "0912",
        listed: true,
        state: "missing",
        file: null,
        submittedName: null,
        replaced: [],
        otherFiles: [],
        errors: 0,
        warnings: 0,
        late: null,
      },
    ]);
  });

  it("writes the unidentified files with their findings' codes, and the counts", () => {
    expect(json.unidentified).toEqual([{ file: "z.xlsx", findings: ["number.not-a-number"] }]);
    expect(json.total).toMatchObject({ units: 2, received: 1, late: 1, missing: 1 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
