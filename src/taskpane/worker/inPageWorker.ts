import type { WorkerLike } from "../app/batchClient";
import type { BatchReply, BatchRequest } from "./protocol";

/**
 * A stand-in for the reading worker where the browser allows none: the same job, run in the
 * page. The job's module loads on demand (the page does not carry the reader otherwise), and
 * it pauses for a task between files so the progress bar is painted as files are read.
 */
export function inPageWorker(): WorkerLike {
  let ended = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request: BatchRequest) {
      import(/* webpackChunkName: "read-in-page" */ "./runBatchJob")
        .then(({ runBatchJob, defaultBatchJobDeps }) =>
          runBatchJob(
            request,
            (reply: BatchReply) => {
              // Delivered as a message would be: later, and not after the worker is ended.
              setTimeout(() => {
                if (!ended) worker.onmessage?.({ data: reply });
              }, 0);
            },
            { ...defaultBatchJobDeps, pause: () => new Promise((resume) => setTimeout(resume, 0)) },
          ),
        )
        .catch((error: unknown) => {
          if (!ended)
            worker.onerror?.({ message: error instanceof Error ? error.message : String(error) });
        });
    },
    terminate() {
      ended = true;
    },
  };
  return worker;
}
