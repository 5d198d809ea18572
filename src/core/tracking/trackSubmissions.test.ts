import type { ExpectedUnit } from "../units/expectedUnit";
import { errorFinding, lateFinding, submitted } from "./testing/submitted";
import { trackSubmissions } from "./trackSubmissions";
import type { SubmittedFile, TrackedUnit } from "./types";

const listed = (
  code: string,
  cluster?: string,
  extra: Partial<ExpectedUnit> = {},
): ExpectedUnit => ({
  code,
  name: `CĐCS ${code}`,
  ...(cluster === undefined ? {} : { cluster }),
  membership: "direct",
  ...extra,
});

/** A unit's state and files, as one comparable row. */
const row = (u: TrackedUnit) => [u.code, u.state, u.file, u.replaced, u.otherFiles];

describe("trackSubmissions: the state of an expected unit", () => {
  it.each<[string, SubmittedFile[], (string | null | string[])[]]>([
    [
      "on-time: consolidated, dated by the deadline",
      [submitted("a.xlsx", "CD01")],
      ["CD01", "on-time", "a.xlsx", [], []],
    ],
    [
      "late: consolidated, dated after the deadline",
      [submitted("a.xlsx", "CD01", { findings: [lateFinding("a.xlsx")] })],
      ["CD01", "late", "a.xlsx", [], []],
    ],
    [
      "errors: received and kept out by an error",
      [submitted("a.xlsx", "CD01", { status: "rejected", findings: [errorFinding("a.xlsx")] })],
      ["CD01", "errors", "a.xlsx", [], []],
    ],
    [
      "missing: no file from the unit",
      [submitted("b.xlsx", "CD02")],
      ["CD01", "missing", null, [], []],
    ],
    [
      "the later copy's when an earlier one was replaced",
      [
        submitted("a-cu.xlsx", "CD01", { status: "replaced", replacedBy: "a-moi.xlsx" }),
        submitted("a-moi.xlsx", "CD01", { findings: [lateFinding("a-moi.xlsx")] }),
      ],
      ["CD01", "late", "a-moi.xlsx", ["a-cu.xlsx"], []],
    ],
    [
      "errors when the later copy that replaced an earlier one has errors",
      [
        submitted("a-moi.xlsx", "CD01", {
          status: "rejected",
          findings: [errorFinding("a-moi.xlsx")],
        }),
        submitted("a-cu.xlsx", "CD01", { status: "replaced", replacedBy: "a-moi.xlsx" }),
      ],
      ["CD01", "errors", "a-moi.xlsx", ["a-cu.xlsx"], []],
    ],
    [
      "errors for two copies of the same date, the second listed as another file",
      [
        submitted("a1.xlsx", "CD01", { status: "rejected" }),
        submitted("a2.xlsx", "CD01", { status: "rejected" }),
      ],
      ["CD01", "errors", "a1.xlsx", [], ["a2.xlsx"]],
    ],
    [
      "the consolidated copy's beside a copy of another period",
      [submitted("a-2023.xlsx", "CD01", { status: "rejected" }), submitted("a-2024.xlsx", "cd01 ")],
      ["CD01", "on-time", "a-2024.xlsx", [], ["a-2023.xlsx"]],
    ],
  ])("is %s", (_name, files, expected) => {
    const tracking = trackSubmissions(files, [listed("CD01")]);
    expect(row(tracking.units[0]!)).toEqual(expected);
  });
});

describe("trackSubmissions: the units and files of a batch", () => {
  const list = [
    listed("CD01", "Cụm 10", { contact: "0912 000 001" }),
    listed("CD02", "Cụm 2"),
    listed("CD03", "Cụm 2", { membership: "member" }),
    listed("CD04"),
    listed("CD05", "cụm 2"),
    listed("cd06", "Cụm 10"),
    listed("CD07"),
  ];
  const files: SubmittedFile[] = [
    submitted("01.xlsx", "CD01", { name: "Công đoàn CD01" }),
    submitted("02.xlsx", "CD02", { findings: [lateFinding("02.xlsx")] }),
    submitted("03.xlsx", "CD03", { status: "rejected", findings: [errorFinding("03.xlsx")] }),
    submitted("04-cu.xlsx", "CD04", { status: "replaced", replacedBy: "04.xlsx" }),
    submitted("04.xlsx", "CD04", { cluster: "Cụm 9" }),
    submitted("99.xlsx", "CD99", { cluster: "Cụm 2" }),
    submitted("hong.xlsx", null, { status: "rejected" }),
    submitted("trong.xlsx", "  ", { status: "rejected" }),
  ];
  const tracking = trackSubmissions(files, list);

  it("gives every listed unit one state, in the list's order, then the units not on the list", () => {
    expect(tracking.units.map((u) => [u.code, u.state, u.listed])).toEqual([
      ["CD01", "on-time", true],
      ["CD02", "late", true],
      ["CD03", "errors", true],
      ["CD04", "on-time", true],
      ["CD05", "missing", true],
      ["cd06", "missing", true],
      ["CD07", "missing", true],
      ["CD99", "on-time", false],
    ]);
    expect(tracking.hasList).toBe(true);
    expect(tracking.unlisted).toBe(1);
  });

  it("accounts for every file exactly once", () => {
    const accounted = [
      ...tracking.units.flatMap((u) => [
        ...(u.file ? [u.file] : []),
        ...u.replaced,
        ...u.otherFiles,
      ]),
      ...tracking.unidentified.map((f) => f.file),
    ];
    expect(accounted.sort()).toEqual(files.map((f) => f.file).sort());
    expect(tracking.unidentified.map((f) => f.file)).toEqual(["hong.xlsx", "trong.xlsx"]);
  });

  it("takes the list's name, cluster, membership and contact, and the submission's where the list has none", () => {
    const [cd01, , cd03, cd04, , , , cd99] = tracking.units;
    expect(cd01).toMatchObject({
      name: "CĐCS CD01",
      submittedName: "Công đoàn CD01",
      contact: "0912 000 001",
    });
    expect(cd03).toMatchObject({ membership: "member", submittedName: null });
    expect(cd04).toMatchObject({ cluster: "Cụm 9", membership: "direct" });
    expect(cd99).toMatchObject({
      name: "CĐCS CD99",
      cluster: "Cụm 2",
      membership: null,
      contact: null,
    });
  });

  it("keeps the used copy's findings, so a late report's dates and an error's message can be shown", () => {
    expect(tracking.units[1]!.findings.map((f) => f.code)).toEqual(["report.late"]);
    expect(tracking.units[2]!.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "number.not-a-number@F14",
    ]);
  });

  it("counts the listed units per cluster, clusters in natural order and units in none last", () => {
    expect(tracking.clusters).toEqual([
      {
        cluster: "Cụm 2",
        counts: { units: 3, received: 2, onTime: 0, late: 1, errors: 1, missing: 1, replaced: 0 },
        members: [1, 2, 4],
      },
      {
        cluster: "Cụm 9",
        counts: { units: 1, received: 1, onTime: 1, late: 0, errors: 0, missing: 0, replaced: 1 },
        members: [3],
      },
      {
        cluster: "Cụm 10",
        counts: { units: 2, received: 1, onTime: 1, late: 0, errors: 0, missing: 1, replaced: 0 },
        members: [0, 5],
      },
      {
        cluster: null,
        counts: { units: 1, received: 0, onTime: 0, late: 0, errors: 0, missing: 1, replaced: 0 },
        members: [6],
      },
    ]);
    expect(tracking.total).toEqual({
      units: 7,
      received: 4,
      onTime: 2,
      late: 1,
      errors: 1,
      missing: 3,
      replaced: 1,
    });
  });
});

describe("trackSubmissions without a list", () => {
  it.each([[undefined], [[] as ExpectedUnit[]]])(
    "tracks the units that sent a report (list %j)",
    (list) => {
      const tracking = trackSubmissions(
        [
          submitted("a.xlsx", "CD01", { cluster: "Cụm 1" }),
          submitted("b.xlsx", "CD02", { cluster: "Cụm 1", status: "rejected" }),
          submitted("c.xlsx", "CD03"),
        ],
        list,
      );
      expect(tracking.hasList).toBe(false);
      expect(tracking.units.map((u) => [u.code, u.state, u.listed, u.cluster])).toEqual([
        ["CD01", "on-time", false, "Cụm 1"],
        ["CD02", "errors", false, "Cụm 1"],
        ["CD03", "on-time", false, null],
      ]);
      expect(tracking.total).toEqual({
        units: 3,
        received: 3,
        onTime: 2,
        late: 0,
        errors: 1,
        missing: 0,
        replaced: 0,
      });
      expect(tracking.clusters.map((c) => [c.cluster, c.counts.units])).toEqual([
        ["Cụm 1", 2],
        [null, 1],
      ]);
      expect(tracking.unlisted).toBe(0);
    },
  );
});

it("tracks a code the list gives twice as one unit, the first entry's", () => {
  const tracking = trackSubmissions(
    [submitted("a.xlsx", "CD01")],
    [listed("CD01", "Cụm 1"), listed("cd01", "Cụm 2")],
  );
  expect(tracking.units.map((u) => [u.code, u.cluster, u.state])).toEqual([
    ["CD01", "Cụm 1", "on-time"],
  ]);
});
