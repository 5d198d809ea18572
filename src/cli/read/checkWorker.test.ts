import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exerciseChecks } from "./checkWorker";
import { tempFolder, writeUnits } from "./testing/unitFiles";

describe("exerciseChecks", () => {
  it("checks every workbook of a folder on this thread, as a worker's job would", async () => {
    const folder = tempFolder("exercise");
    try {
      await writeUnits(folder.path, 3);
      // Not workbooks: none counts, so a folder without samples is seen as such.
      writeFileSync(join(folder.path, "README.md"), "mẫu");
      writeFileSync(join(folder.path, "~$CD001.xlsx"), "lock");
      mkdirSync(join(folder.path, "cu.xlsx"));
      expect(await exerciseChecks(folder.path)).toBe(3);
    } finally {
      folder.remove();
    }
  });
});
