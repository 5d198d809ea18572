import type { Lang } from "../../../core/messages/format";
import { text } from "../../../core/messages/text";
import { runBatch } from "../../app/batchClient";
import type { PaneContext } from "../../app/paneContext";
import type { AnnotateRequest } from "../../worker/protocol";
import { el, enable, fill } from "../dom";
import { createDownloadLink, type DownloadLink } from "../download";
import { button } from "../field";
import { findingsList } from "../findingsView";
import { createStatusLine } from "../status";

/** The one file the marked copies are offered in: one download, however many copies. */
export const ANNOTATED_ZIP_NAME = "BanDanhDau.zip";

/**
 * "Tải bản đánh dấu lỗi": the files just checked or consolidated are read again (the page keeps
 * only their File objects, not their bytes) and every one with findings gets a marked copy, as
 * `cdvc annotate` makes it; the copies are zipped into one download, each listed by name, and
 * files no copy could be made of are listed with their findings.
 */
export function annotateAction(
  ctx: PaneContext,
  request: Omit<AnnotateRequest, "kind" | "lang">,
): HTMLElement {
  const { doc, lang } = ctx;
  const status = createStatusLine(doc);
  const results = el(doc, "div", { className: "annotated" });
  let download: DownloadLink | null = null;

  const run = async () => {
    enable(runButton, false);
    download?.release();
    download = null;
    fill(results, []);
    status.set(text("pane.annotate.working", lang));
    const reply = await runBatch(
      ctx.startWorker,
      { ...request, kind: "annotate", lang },
      () => undefined,
    );
    enable(runButton, true);
    if (reply.kind !== "annotated") {
      const message = reply.kind === "failed" ? reply.message : reply.kind;
      status.set(text("pane.failed", lang, { message }), "error");
      return;
    }
    if (reply.zip) {
      download = createDownloadLink(
        doc,
        reply.zip,
        ANNOTATED_ZIP_NAME,
        text("pane.download-file", lang, { file: ANNOTATED_ZIP_NAME }),
        "application/zip",
      );
      status.set(
        text("pane.annotate.done", lang, { count: reply.copies.length, zip: ANNOTATED_ZIP_NAME }),
        "success",
      );
    } else if (reply.unopenable.length === 0) {
      status.set(text("pane.annotate.none", lang), "success");
    } else status.clear();
    fill(results, [
      reply.copies.length > 0
        ? el(
            doc,
            "ul",
            { className: "annotated-copies" },
            reply.copies.map((c) => el(doc, "li", { text: text("pane.annotate.copy", lang, c) })),
          )
        : null,
      download ? el(doc, "div", { className: "actions" }, [download.element]) : null,
      ...reply.unopenable.map((u) => unopenable(doc, lang, u.file, u.findings)),
    ]);
  };
  const runButton = button(doc, text("pane.annotate.run", lang), () => void run());

  return el(doc, "div", { className: "annotate" }, [
    el(doc, "div", { className: "actions" }, [runButton]),
    el(doc, "p", {
      className: "field-hint",
      text: text("pane.annotate.hint", lang, { zip: ANNOTATED_ZIP_NAME }),
    }),
    status.element,
    results,
  ]);
}

function unopenable(
  doc: Document,
  lang: Lang,
  file: string,
  findings: Parameters<typeof findingsList>[1],
): HTMLElement {
  return el(doc, "details", { className: "file-findings file-excluded" }, [
    el(doc, "summary", { text: text("pane.annotate.unopenable", lang, { file }) }),
    findingsList(doc, findings, lang),
  ]);
}
