import { text } from "../../../core/messages/text";
import { rowsToUnitList, unitListSheet, unitListToRows } from "../../../core/units";
import { runBatch } from "../../app/batchClient";
import type { PaneContext } from "../../app/paneContext";
import { addPickedFiles, type PickedEntry } from "../../app/pickedFiles";
import { confirmInPane } from "../confirmDialog";
import { el, enable, fill, show } from "../dom";
import { button, textField } from "../field";
import { createFilePicker } from "../filePicker";
import { findingsList } from "../findingsView";
import { createProgressBar } from "../progress";
import { createStatusLine } from "../status";
import { trackingView } from "../views/trackingView";
import { errorMessage } from "./errorMessage";

/**
 * Theo dõi: the report files received, picked or dropped as in Tổng hợp, checked as a batch
 * and tracked against the rules' list of units (`trackSubmissions`): each cluster's units with
 * their state. In Excel the list is also written to the DanhSach sheet and read back from it,
 * the units read becoming the rules' `units`.
 */
export function trackSection(ctx: PaneContext): HTMLElement {
  const { doc, lang } = ctx;
  const sheet = unitListSheet.name;
  let picked: PickedEntry[] = [];
  const status = createStatusLine(doc);
  const progress = createProgressBar(doc, text("pane.consolidate.progress-name", lang));
  const results = el(doc, "div", { className: "results", attrs: { "aria-live": "polite" } });
  const unitsLine = el(doc, "p", { className: "summary" });
  const chosenLine = el(doc, "p", { className: "chosen", attrs: { "aria-live": "polite" } });

  const showUnits = () => {
    unitsLine.textContent = text("pane.track.units", lang, {
      count: ctx.rules.get().rules.units?.length ?? 0,
    });
  };
  ctx.rules.onChange(showUnits);
  const showChosen = () => {
    chosenLine.textContent =
      picked.length === 0
        ? text("pane.consolidate.none-chosen", lang)
        : text("pane.consolidate.chosen", lang, { count: picked.length });
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
    fill(results, []);
    const total = picked.length;
    progress.update(0, total, text("pane.progress", lang, { done: 0, total }));
    const reply = await runBatch(
      ctx.startWorker,
      {
        kind: "track",
        files: picked.map(({ name, blob }) => ({ name, blob })),
        rules: ctx.rules.get().rules,
        lang,
        deadline: deadline.input.value,
      },
      (step) => {
        if (step.kind === "progress")
          progress.update(
            step.done,
            step.total,
            text("pane.progress", lang, { done: step.done, total: step.total }),
          );
      },
    );
    progress.hide();
    enable(runButton, true);
    if (reply.kind !== "tracked") {
      const message = reply.kind === "failed" ? reply.message : reply.kind;
      status.set(text("pane.failed", lang, { message }), "error");
      return;
    }
    fill(results, [
      ...trackingView(doc, lang, reply.tracking),
      reply.batch.findings.length > 0 ? findingsList(doc, reply.batch.findings, lang) : null,
    ]);
  };
  const runButton = button(doc, text("pane.track.run", lang), () => void run(), "primary");

  const excel = ctx.excel;
  const listFindings = el(doc, "div", { className: "results" });
  const listActions = excel
    ? el(doc, "div", { className: "actions" }, [
        button(doc, text("pane.track.write-list", lang, { sheet }), () => {
          const units = ctx.rules.get().rules.units ?? [];
          void (async () => {
            try {
              const existing = await excel.existingSheets([sheet]);
              if (
                existing.length > 0 &&
                !(await confirmInPane(doc, {
                  title: text("pane.consolidate.replace-title", lang),
                  message: text("pane.consolidate.replace-question", lang, { sheets: sheet }),
                  confirm: text("pane.consolidate.replace-yes", lang),
                  cancel: text("pane.consolidate.replace-no", lang),
                }))
              )
                return;
              status.set(text("pane.working", lang));
              await excel.writeUnitListSheet(sheet, unitListToRows(units));
              status.set(
                text("pane.track.list-written", lang, { count: units.length, sheet }),
                "success",
              );
            } catch (error) {
              status.set(
                text("pane.excel-failed", lang, { message: errorMessage(error) }),
                "error",
              );
            }
          })();
        }),
        button(doc, text("pane.track.read-list", lang, { sheet }), () => {
          status.set(text("pane.working", lang));
          excel
            .readSheet(sheet)
            .then((grid) => {
              if (grid === null) {
                status.set(text("pane.track.no-sheet", lang, { sheet }), "warning");
                return;
              }
              const reading = rowsToUnitList(grid, { file: sheet, lang });
              fill(listFindings, [
                reading.findings.length > 0 ? findingsList(doc, reading.findings, lang) : null,
              ]);
              const active = ctx.rules.get();
              ctx.rules.set({ ...active, rules: { ...active.rules, units: reading.units } });
              status.set(
                text("pane.track.list-read", lang, { count: reading.units.length, sheet }),
                reading.units.length > 0 ? "success" : "warning",
              );
            })
            .catch((error) =>
              status.set(
                text("pane.excel-failed", lang, { message: errorMessage(error) }),
                "error",
              ),
            );
        }),
      ])
    : null;

  showUnits();
  showChosen();
  return el(doc, "div", { className: "section" }, [
    el(doc, "p", {
      className: "intro",
      text: text(excel ? "pane.track.intro-excel" : "pane.track.intro-web", lang, { sheet }),
    }),
    unitsLine,
    listActions,
    listFindings,
    picker.element,
    el(doc, "div", { className: "chosen-row" }, [chosenLine, clearButton]),
    deadline.element,
    el(doc, "div", { className: "actions" }, [runButton]),
    progress.element,
    status.element,
    results,
  ]);
}
