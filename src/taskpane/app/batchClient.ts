import type {
  BatchReply,
  BatchRequest,
  FinalReply,
  ProgressReply,
  WritingReply,
} from "../worker/protocol";

/** What the pane needs of a Worker; a test passes one that runs the job in-process. */
export interface WorkerLike {
  onmessage: ((event: { data: BatchReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: BatchRequest): void;
  terminate(): void;
}

/**
 * Runs one request in a fresh worker and resolves with its final reply; progress replies go
 * to `onProgress` as they come. The worker is ended once the job is done, so a batch of
 * workbooks never stays in memory after its result is shown. A worker that fails to start or
 * dies resolves as `failed`, with what the browser said.
 *
 * @example
 * const reply = await runBatch(startReadWorker, { kind: "validate", files, rules, lang: "vi" },
 *   (p) => console.log(p));
 */
export function runBatch(
  startWorker: () => WorkerLike,
  request: BatchRequest,
  onProgress: (reply: ProgressReply | WritingReply) => void,
): Promise<FinalReply> {
  return new Promise((resolve) => {
    let worker: WorkerLike;
    try {
      worker = startWorker();
    } catch (error) {
      resolve({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const finish = (reply: FinalReply) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.kind === "progress" || reply.kind === "writing") onProgress(reply);
      else finish(reply);
    };
    worker.onerror = (event) => finish({ kind: "failed", message: event.message ?? "" });
    worker.postMessage(request);
  });
}
