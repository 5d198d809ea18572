import { defaultRules } from "../../core/rules";
import type { BatchReply, BatchRequest } from "../worker/protocol";
import { runBatchJob } from "../worker/runBatchJob";
import { pickedSample } from "../worker/testSamples";
import { runBatch, type WorkerLike } from "./batchClient";

/** A worker that runs the job in this thread, replying asynchronously as a real one does. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: { data: BatchReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  readonly after: BatchReply[] = [];

  postMessage(request: BatchRequest): void {
    void runBatchJob(request, (reply) => {
      // Replies after the end would be a leak: the client must have stopped listening.
      setTimeout(
        () => (this.onmessage ? this.onmessage({ data: reply }) : this.after.push(reply)),
        0,
      );
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

const request: BatchRequest = {
  kind: "validate",
  files: [
    pickedSample("CD001-so-tu-phap.xlsx"),
    pickedSample("CD008-truong-cao-dang-su-pham.xlsx"),
  ],
  rules: defaultRules,
  lang: "vi",
};

describe("runBatch", () => {
  it("forwards progress, resolves with the final reply and ends the worker", async () => {
    const worker = new InProcessWorker();
    const progress: unknown[] = [];
    const reply = await runBatch(
      () => worker,
      request,
      (p) => progress.push(p),
    );
    expect(progress).toEqual([
      { kind: "progress", done: 1, total: 2 },
      { kind: "progress", done: 2, total: 2 },
    ]);
    expect(reply.kind).toBe("validated");
    expect(reply.kind === "validated" && reply.batch.files.map((f) => f.status)).toEqual([
      "ok",
      "errors",
    ]);
    expect(worker.terminated).toBe(true);
  });

  it("resolves as failed with the browser's message when the worker dies", async () => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => this.onerror?.({ message: "Uncaught SyntaxError" }), 0);
      },
      terminate: jest.fn(),
    };
    await expect(
      runBatch(
        () => worker,
        request,
        () => undefined,
      ),
    ).resolves.toEqual({
      kind: "failed",
      message: "Uncaught SyntaxError",
    });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it("resolves as failed when no worker can be started", async () => {
    const reply = await runBatch(
      () => {
        throw new Error("Workers are disabled");
      },
      request,
      () => undefined,
    );
    expect(reply).toEqual({ kind: "failed", message: "Workers are disabled" });
  });
});
