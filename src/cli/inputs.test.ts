import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectInputs } from "./inputs";

describe("collectInputs", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cdvc-inputs-"));
    for (const name of ["CD001.xlsx", "ghi-chu.pdf", ".an.xlsx", "~$CD001.xlsx", "TongHop.xlsx"]) {
      writeFileSync(join(dir, name), "x");
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every regular file of a folder, whatever its extension", async () => {
    const { files, skipped, missing } = await collectInputs([dir]);
    expect(files.map((f) => f.name)).toEqual(["CD001.xlsx", "ghi-chu.pdf", "TongHop.xlsx"]);
    expect(skipped.map((s) => [s.name, s.reason])).toEqual([
      [".an.xlsx", "hidden"],
      ["~$CD001.xlsx", "lock"],
    ]);
    expect(missing).toEqual([]);
  });

  it("skips the command's own output found in the folder, so a re-run never reads it", async () => {
    const { files, skipped } = await collectInputs([dir], {
      outputs: [join(dir, "TongHop.xlsx"), undefined],
    });
    expect(files.map((f) => f.name)).toEqual(["CD001.xlsx", "ghi-chu.pdf"]);
    expect(skipped).toContainEqual(
      expect.objectContaining({ name: "TongHop.xlsx", reason: "output" }),
    );
  });

  it("lists a folder's files in Vietnamese alphabetical order, not by code point", async () => {
    const folder = join(dir, "thu-tu");
    mkdirSync(folder);
    for (const name of ["Đông.xlsx", "dung.xlsx", "Ân.xlsx", "em.xlsx", "an.xlsx", "Bắc.xlsx"]) {
      writeFileSync(join(folder, name), "x");
    }
    const { files } = await collectInputs([folder]);
    expect(files.map((f) => f.name)).toEqual([
      "an.xlsx",
      "Ân.xlsx",
      "Bắc.xlsx",
      "dung.xlsx",
      "Đông.xlsx",
      "em.xlsx",
    ]);
  });

  it("lists a path that names nothing as missing", async () => {
    const { missing } = await collectInputs([join(dir, "khong-co")]);
    expect(missing).toEqual([join(dir, "khong-co")]);
  });
});
