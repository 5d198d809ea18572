import type { Lang } from "../../../core/messages/format";
import { text } from "../../../core/messages/text";
import type { BatchValidation } from "../../../core/validation";
import { runBatch } from "../../app/batchClient";
import { classSummary } from "../../app/classSummary";
import type { PaneContext } from "../../app/paneContext";
import { addPickedFiles, type PickedEntry } from "../../app/pickedFiles";
import type { ConsolidatedReply } from "../../worker/protocol";
import { confirmInPane } from "../confirmDialog";
import { el, fill, show, enable } from "../dom";
import { createDownloadLink, type DownloadLink } from "../download";
import { button, textField } from "../field";
import { createFilePicker } from "../filePicker";
import { findingCounts, findingsList } from "../findingsView";
import { createProgressBar } from "../progress";
import { createStatusLine } from "../status";
import { annotateAction } from "../views/annotateAction";
import { proposalsTable } from "../views/proposalsTable";
import { errorMessage } from "./errorMessage";

/** The file the consolidated workbook is offered as. */
export const RESULT_FILE_NAME = "TongHop.xlsx";
/** The file the award proposal lists alone are offered as. */
export const PROPOSALS_FILE_NAME = "DeNghiKhenThuong.xlsx";

/**
 * Tổng hợp: many report files (picked or dropped) read and checked off the page's thread with a
 * progress bar, consolidated, and the result workbook the CLI writes offered as a download; in
 * Excel its sheets are also written into the open workbook (after asking, when sheets of those
 * names exist) with the charts.
 */
export function consolidateSection(ctx: PaneContext): HTMLElement {
  const { doc, lang } = ctx;
  let picked: PickedEntry[] = [];
  let previous: PickedEntry | null = null;
  let downloads: DownloadLink[] = [];

  const status = createStatusLine(doc);
  const progress = createProgressBar(doc, text("pane.consolidate.progress-name", lang));
  const results = el(doc, "div", { className: "results" });
  const chosenLine = el(doc, "p", { className: "chosen", attrs: { "aria-live": "polite" } });
  const chosenList = el(doc, "ol", { className: "chosen-list" });
  const chosenDetails = el(
    doc,
    "details",
    { className: "chosen-details", attrs: { hidden: true } },
    [el(doc, "summary", { text: text("pane.consolidate.show-files", lang) }), chosenList],
  );

  const showChosen = () => {
    chosenLine.textContent =
      picked.length === 0
        ? text("pane.consolidate.none-chosen", lang)
        : text("pane.consolidate.chosen", lang, { count: picked.length });
    fill(
      chosenList,
      picked.map((entry) => el(doc, "li", { text: entry.name })),
    );
    show(chosenDetails, picked.length > 0);
    show(clearButton, picked.length > 0);
  };

  const picker = createFilePicker(doc, lang, {
    label: text("pane.consolidate.pick", lang),
    multiple: true,
    accept: ".xlsx",
    dropZone: true,
    onFiles: (files) => {
      picked = addPickedFiles(picked, files);
      showChosen();
    },
  });
  const clearButton = button(doc, text("pane.consolidate.clear", lang), () => {
    picked = [];
    showChosen();
  });
  const previousLine = el(doc, "p", { className: "chosen", attrs: { "aria-live": "polite" } });
  const showPrevious = () => {
    previousLine.textContent = previous
      ? text("pane.previous.chosen", lang, { file: previous.name })
      : "";
    show(previousLine, previous !== null);
    show(previousClear, previous !== null);
  };
  const previousPicker = createFilePicker(doc, lang, {
    label: text("pane.previous.pick", lang),
    multiple: false,
    accept: ".xlsx",
    onFiles: (files) => {
      previous = addPickedFiles([], files.slice(0, 1))[0] ?? null;
      showPrevious();
    },
  });
  const previousClear = button(doc, text("pane.previous.clear", lang), () => {
    previous = null;
    showPrevious();
  });
  const period = textField(doc, text("pane.consolidate.period", lang), {
    hint: text("pane.consolidate.period-hint", lang),
    name: "period",
  });
  const deadline = textField(doc, text("pane.consolidate.deadline", lang), {
    hint: text("pane.consolidate.deadline-hint", lang),
    name: "deadline",
  });

  const run = async () => {
    if (picked.length === 0) {
      status.set(text("pane.consolidate.none-chosen", lang), "warning");
      return;
    }
    enable(runButton, false);
    status.clear();
    for (const link of downloads) link.release();
    downloads = [];
    fill(results, []);
    const total = picked.length;
    progress.update(0, total, text("pane.progress", lang, { done: 0, total }));
    // What was consolidated, kept for the marked copies: picking more files later changes neither.
    const settings = {
      files: picked.map(({ name, blob }) => ({ name, blob })),
      rules: ctx.rules.get().rules,
      period: period.input.value,
      deadline: deadline.input.value,
    };
    const reply = await runBatch(
      ctx.startWorker,
      {
        kind: "consolidate",
        ...settings,
        lang,
        withGrid: ctx.excel !== null,
        ...(previous ? { previous: { name: previous.name, blob: previous.blob } } : {}),
      },
      (step) => {
        if (step.kind === "progress") {
          const { done, total } = step;
          progress.update(done, total, text("pane.progress", lang, { done, total }));
        } else {
          progress.busy(text("pane.consolidate.writing", lang));
        }
      },
    );
    progress.hide();
    enable(runButton, true);
    if (reply.kind !== "consolidated") {
      const message = reply.kind === "failed" ? reply.message : reply.kind;
      status.set(text("pane.failed", lang, { message }), "error");
      return;
    }
    const download = createDownloadLink(
      doc,
      reply.workbook,
      RESULT_FILE_NAME,
      text("pane.download", lang),
    );
    const proposalsDownload = createDownloadLink(
      doc,
      reply.proposals,
      PROPOSALS_FILE_NAME,
      text("pane.proposals.download", lang),
    );
    downloads = [download, proposalsDownload];
    fill(results, [
      ...resultView(doc, lang, reply, download.element),
      annotateAction(ctx, settings),
      proposalsView(doc, lang, reply, proposalsDownload.element),
    ]);
    if (ctx.excel) await writeIntoWorkbook(ctx, reply, status);
    else status.set(text("pane.consolidate.done-web", lang), "success");
  };
  const runButton = button(doc, text("pane.consolidate.run", lang), () => void run(), "primary");

  showChosen();
  showPrevious();
  return el(doc, "div", { className: "section" }, [
    el(doc, "p", {
      className: "intro",
      text: text(ctx.excel ? "pane.consolidate.intro-excel" : "pane.consolidate.intro-web", lang),
    }),
    picker.element,
    el(doc, "div", { className: "chosen-row" }, [chosenLine, clearButton]),
    chosenDetails,
    el(doc, "div", { className: "field-row" }, [period.element, deadline.element]),
    previousPicker.element,
    el(doc, "div", { className: "chosen-row" }, [previousLine, previousClear]),
    el(doc, "div", { className: "actions" }, [runButton]),
    progress.element,
    status.element,
    results,
  ]);
}

async function writeIntoWorkbook(
  ctx: PaneContext,
  reply: ConsolidatedReply,
  status: ReturnType<typeof createStatusLine>,
): Promise<void> {
  const { doc, lang } = ctx;
  const excel = ctx.excel;
  if (!excel) return;
  try {
    const existing = await excel.existingResultSheets(reply);
    if (existing.length > 0) {
      const replace = await confirmInPane(doc, {
        title: text("pane.consolidate.replace-title", lang),
        message: text("pane.consolidate.replace-question", lang, { sheets: existing.join(", ") }),
        confirm: text("pane.consolidate.replace-yes", lang),
        cancel: text("pane.consolidate.replace-no", lang),
      });
      if (!replace) {
        status.set(text("pane.consolidate.not-written", lang), "warning");
        return;
      }
    }
    status.set(text("pane.consolidate.writing-excel", lang));
    const written = await excel.writeResults(reply);
    status.set(text("pane.consolidate.written", lang, { sheets: written.join(", ") }), "success");
  } catch (error) {
    status.set(text("pane.excel-failed", lang, { message: errorMessage(error) }), "error");
  }
}

/** The summary shown after a consolidation: counts, classes, sentences, the download, files with findings. */
function resultView(
  doc: Document,
  lang: Lang,
  reply: ConsolidatedReply,
  downloadLink: HTMLElement,
): Array<HTMLElement | null> {
  const summary = classSummary(reply.result, lang);
  const classTable = el(doc, "table", { className: "class-table" }, [
    el(doc, "caption", { text: text("pane.consolidate.classes", lang) }),
    el(doc, "thead", {}, [
      el(doc, "tr", {}, [
        el(doc, "th", { text: text("pane.consolidate.class", lang), attrs: { scope: "col" } }),
        el(doc, "th", { text: text("pane.consolidate.count", lang), attrs: { scope: "col" } }),
      ]),
    ]),
    el(
      doc,
      "tbody",
      {},
      summary.classes.map((row) =>
        el(doc, "tr", { attrs: { "data-class": row.code } }, [
          el(doc, "th", { text: `${row.label} (${row.code})`, attrs: { scope: "row" } }),
          el(doc, "td", { text: String(row.count) }),
        ]),
      ),
    ),
  ]);
  return [
    el(doc, "h3", {
      className: "results-title",
      text: text("pane.consolidate.result-title", lang),
    }),
    el(doc, "p", { className: "summary", text: periodLine(reply.batch, lang) }),
    el(doc, "p", {
      className: "summary",
      text: text("pane.consolidate.files", lang, summary.files),
    }),
    el(doc, "div", { className: "actions" }, [downloadLink]),
    reply.previous ? previousView(doc, lang, reply.previous) : null,
    classTable,
    el(
      doc,
      "div",
      { className: "sentences" },
      summary.sentences.map((sentence) => el(doc, "p", { className: "sentence", text: sentence })),
    ),
    fileFindings(doc, lang, reply.batch),
  ];
}

/** Whether the previous period was compared, and its findings (why not, or a warning). */
function previousView(
  doc: Document,
  lang: Lang,
  previous: NonNullable<ConsolidatedReply["previous"]>,
): HTMLElement {
  const { file, compared, findings } = previous;
  return el(doc, "div", { className: "previous-period" }, [
    el(doc, "p", {
      className: compared ? "summary" : "summary summary-error",
      text: text(compared ? "pane.previous.compared" : "pane.previous.refused", lang, { file }),
      attrs: compared ? {} : { role: "alert" },
    }),
    findings.length > 0 ? findingsList(doc, findings, lang) : null,
  ]);
}

/** The award proposals counted, and their lists as a workbook of their own. */
function proposalsView(
  doc: Document,
  lang: Lang,
  reply: ConsolidatedReply,
  downloadLink: HTMLElement,
): HTMLElement {
  const { counted, counts } = reply.result.proposals;
  return el(doc, "div", { className: "proposals" }, [
    counted.length > 0
      ? proposalsTable(doc, lang, counts)
      : el(doc, "p", { className: "summary", text: text("pane.proposals.none", lang) }),
    el(doc, "div", { className: "actions" }, [downloadLink]),
  ]);
}

function periodLine(batch: BatchValidation, lang: Lang): string {
  return batch.expectedPeriod === null
    ? text("pane.consolidate.period-unknown", lang)
    : text("pane.consolidate.period-used", lang, { period: batch.expectedPeriod });
}

/** Each file that was kept out or has findings, with them; the batch's own findings first. */
function fileFindings(doc: Document, lang: Lang, batch: BatchValidation): HTMLElement {
  const files = batch.files.filter((file) => !file.included || file.findings.length > 0);
  const items = files.map((file) =>
    el(
      doc,
      "details",
      { className: `file-findings file-${file.included ? "included" : "excluded"}` },
      [
        el(doc, "summary", {
          text: text("pane.consolidate.file-line", lang, {
            file: file.file,
            status: text(
              file.included
                ? "pane.file.included"
                : file.replacedBy !== null
                  ? "pane.file.replaced"
                  : "pane.file.rejected",
              lang,
              { by: file.replacedBy ?? "" },
            ),
            counts: findingCounts(file.findings, lang),
          }),
        }),
        findingsList(doc, file.findings, lang),
      ],
    ),
  );
  return el(doc, "div", { className: "file-findings-list" }, [
    files.length > 0 || batch.findings.length > 0
      ? el(doc, "h4", {
          className: "finding-sheet",
          text: text("pane.consolidate.files-findings", lang),
        })
      : null,
    batch.findings.length > 0 ? findingsList(doc, batch.findings, lang) : null,
    ...items,
  ]);
}
