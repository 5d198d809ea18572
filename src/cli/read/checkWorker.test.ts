import { exerciseChecks } from "./checkWorker";
import { tempFolder, writeUnits } from "./testing/unitFiles";

describe("exerciseChecks", () => {
  it("checks every file of a folder on this thread, as a worker's job would", async () => {
    const folder = tempFolder("exercise");
    try {
      await writeUnits(folder.path, 3);
      expect(exerciseChecks(folder.path)).toBe(3);
    } finally {
      folder.remove();
    }
  });
});
