import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** True when something is already at `path`. */
export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Writes a result file, creating its folder. Callers decide about overwriting first. */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}
