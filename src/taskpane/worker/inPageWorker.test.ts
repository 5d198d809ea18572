import { defaultRules } from "../../core/rules";
import { runBatch } from "../app/batchClient";
import { inPageWorker } from "./inPageWorker";
import type { BatchReply } from "./protocol";
import { pickedSample } from "./testSamples";

const files = ["CD001-so-tu-phap.xlsx", "CD009-ban-quan-ly-du-an.xlsx"].map(pickedSample);

describe("inPageWorker", () => {
  it("runs the job in the page with the same replies as the worker", async () => {
    const progress: unknown[] = [];
    const reply = await runBatch(
      inPageWorker,
      { kind: "validate", files, rules: defaultRules, lang: "vi" },
      (p) => progress.push(p),
    );
    expect(progress).toEqual([
      { kind: "progress", done: 1, total: 2 },
      { kind: "progress", done: 2, total: 2 },
    ]);
    expect(reply.kind === "validated" && reply.batch.files.map((f) => [f.file, f.status])).toEqual([
      ["CD001-so-tu-phap.xlsx", "ok"],
      ["CD009-ban-quan-ly-du-an.xlsx", "errors"],
    ]);
  });

  it("delivers nothing once ended", async () => {
    const worker = inPageWorker();
    const received: BatchReply[] = [];
    worker.onmessage = (event) => received.push(event.data);
    worker.postMessage({ kind: "validate", files, rules: defaultRules, lang: "vi" });
    worker.terminate();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toEqual([]);
  });
});
