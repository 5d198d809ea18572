import type { WorkerLike } from "../app/batchClient";
import { inPageWorker } from "./inPageWorker";

/**
 * Starts a reading worker. The `new Worker(new URL(…, import.meta.url))` form is what webpack 5
 * bundles as a worker chunk of its own (and keeps this module out of jest, which has no
 * `import.meta`). A browser that refuses the worker — Chromium does for a page opened from the
 * file system (file://) — gets the same job run in the page instead, slower to paint but
 * with the same result.
 */
export function startReadWorker(): WorkerLike {
  try {
    return new Worker(
      /* webpackChunkName: "read-worker" */ new URL("./readWorker.ts", import.meta.url),
    ) as unknown as WorkerLike;
  } catch {
    return inPageWorker();
  }
}
