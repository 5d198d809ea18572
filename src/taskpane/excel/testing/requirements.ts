// Test-only: stands in for Office.context.requirements, which the adapter asks through
// supportsExcelApi before using an API newer than ExcelApi 1.1.

function versionParts(version: string): number[] {
  return version.split(".").map(Number);
}

function atMost(asked: string, host: string): boolean {
  const [a1 = 0, a2 = 0] = versionParts(asked);
  const [h1 = 0, h2 = 0] = versionParts(host);
  return a1 < h1 || (a1 === h1 && a2 <= h2);
}

/** Makes `Office` answer isSetSupported("ExcelApi", v) for every v up to `host`; returns the undo. */
export function installExcelApi(host: string): () => void {
  const global = globalThis as { Office?: unknown };
  const previous = global.Office;
  global.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && atMost(version ?? "1.1", host),
      },
    },
  };
  return () => {
    if (previous === undefined) delete global.Office;
    else global.Office = previous;
  };
}

/** Runs `body` (sync or async) with `Office` answering up to ExcelApi `host`. */
export function withExcelApi<T>(host: string, body: () => T): T {
  const undo = installExcelApi(host);
  let result: T;
  try {
    result = body();
  } catch (error) {
    undo();
    throw error;
  }
  if (result instanceof Promise) return result.finally(undo) as T;
  undo();
  return result;
}
