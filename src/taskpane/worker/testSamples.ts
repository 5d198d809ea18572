// The bundled samples (docs/SAMPLES.md) as the pane's tests pick them: Blobs with file names,
// in name order, plus the batch the CLI's path makes of them, for comparison.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { PickedFile } from "./protocol";

export const SAMPLES_DIR = resolve(__dirname, "..", "..", "..", "samples");

export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith(".xlsx"))
    .sort();
}

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SAMPLES_DIR, name)));
}

export function pickedSample(name: string): PickedFile {
  return { name, blob: new Blob([sampleBytes(name) as BlobPart]) };
}
