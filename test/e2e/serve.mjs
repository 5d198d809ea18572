// A tiny static file server for the built add-in (dist/), on 127.0.0.1 and a free port, for
// the browser tests. Plain HTTP is enough for a page opened in a browser; Excel itself needs
// HTTPS (npm start). Usage: node test/e2e/serve.mjs [folder] [port]
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".md": "text/markdown; charset=utf-8",
};

/**
 * Serves `root` on 127.0.0.1; resolves with its base URL (ending in "/") and a close function.
 * Only files under `root` are served; anything else is 404.
 */
export function serveFolder(root, port = 0) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      path = "";
    }
    const file = normalize(join(base, path.endsWith("/") ? `${path}taskpane.html` : path));
    let size = -1;
    if (file === base || file.startsWith(base + sep)) {
      try {
        const info = statSync(file);
        if (info.isFile()) size = info.size;
      } catch {
        // missing: 404 below
      }
    }
    if (size < 0 || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": size,
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`;
      resolvePromise({
        url,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 0);
  // No top-level await: the browser tests' setup requires this module.
  void serveFolder(root, port).then(({ url }) => {
    console.log(`Serving ${resolve(root)} at ${url}taskpane.html`);
  });
}
