// The reading worker: the pane posts one request, the worker reads and checks the files off the
// page's thread, posting progress, and ends with one final reply (see protocol.ts).
import type { BatchRequest } from "./protocol";
import { runBatchJob } from "./runBatchJob";

// The DOM and WebWorker type libraries cannot both be loaded, so the worker's scope is
// described by what it uses.
interface WorkerScope {
  onmessage: ((event: MessageEvent<BatchRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void runBatchJob(event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
};
