import type { Finding } from "../../../core/findings/finding";
import { text } from "../../../core/messages/text";
import { validateBatch, validateWorkbook } from "../../../core/validation";
import { runBatch } from "../../app/batchClient";
import type { PaneContext } from "../../app/paneContext";
import { el, enable, fill } from "../dom";
import { button } from "../field";
import { createFilePicker } from "../filePicker";
import { findingCounts, findingsList } from "../findingsView";
import { createStatusLine } from "../status";
import { errorMessage } from "./errorMessage";

/**
 * Kiểm tra: in Excel, the open workbook's BaoCao and ChamDiem sheets checked by the CLI's rules,
 * findings listed by sheet and cell (a click selects the cell), bad cells marked and unmarked;
 * in a browser, one picked file checked the same way.
 */
export function checkSection(ctx: PaneContext): HTMLElement {
  const { doc, lang } = ctx;
  const status = createStatusLine(doc);
  const results = el(doc, "div", { className: "results", attrs: { "aria-live": "polite" } });

  const showFindings = (file: string, findings: readonly Finding[], selectable: boolean) => {
    const excel = ctx.excel;
    const onSelect =
      selectable && excel
        ? (finding: Finding) => {
            excel.selectCell(finding.sheet ?? "", finding.cell ?? "").catch((error) => {
              status.set(
                text("pane.excel-failed", lang, { message: errorMessage(error) }),
                "error",
              );
            });
          }
        : undefined;
    fill(results, [
      el(doc, "h3", { className: "results-title", text: file }),
      el(doc, "p", {
        className: findings.some((f) => f.severity === "error")
          ? "summary summary-error"
          : "summary",
        text: findingCounts(findings, lang),
      }),
      findings.length > 0 ? findingsList(doc, findings, lang, onSelect) : null,
    ]);
  };

  if (!ctx.excel) {
    const picker = createFilePicker(doc, lang, {
      label: text("pane.check.pick", lang),
      multiple: false,
      accept: ".xlsx",
      onFiles: (files) => {
        const file = files[0];
        if (!file) return;
        status.set(text("pane.check.reading", lang, { file: file.name }));
        fill(results, []);
        const { rules } = ctx.rules.get();
        void runBatch(
          ctx.startWorker,
          { kind: "validate", files: [{ name: file.name, blob: file }], rules, lang },
          () => undefined,
        ).then((reply) => {
          if (reply.kind !== "validated") {
            const message = reply.kind === "failed" ? reply.message : reply.kind;
            status.set(text("pane.failed", lang, { message }), "error");
            return;
          }
          status.clear();
          const checked = reply.batch.files[0];
          showFindings(file.name, [...reply.batch.findings, ...(checked?.findings ?? [])], false);
        });
      },
    });
    return el(doc, "div", { className: "section" }, [
      el(doc, "p", { className: "intro", text: text("pane.check.intro-web", lang) }),
      picker.element,
      status.element,
      results,
    ]);
  }

  const excel = ctx.excel;
  let lastFindings: readonly Finding[] = [];
  const markButton = button(doc, text("pane.check.mark", lang), () => {
    status.set(text("pane.working", lang));
    excel
      .markFindings(lastFindings)
      .then(() =>
        status.set(text("pane.check.marked", lang, { count: markable(lastFindings) }), "success"),
      )
      .catch((error) =>
        status.set(text("pane.excel-failed", lang, { message: errorMessage(error) }), "error"),
      );
  });
  const unmarkButton = button(doc, text("pane.check.unmark", lang), () => {
    status.set(text("pane.working", lang));
    excel
      .unmarkFindings()
      .then(() => status.set(text("pane.check.unmarked", lang), "success"))
      .catch((error) =>
        status.set(text("pane.excel-failed", lang, { message: errorMessage(error) }), "error"),
      );
  });
  enable(markButton, false);

  const checkButton = button(
    doc,
    text("pane.check.run", lang),
    () => {
      status.set(text("pane.working", lang));
      enable(checkButton, false);
      excel
        .readOpenWorkbook()
        .then(({ file, grid }) => {
          const { rules } = ctx.rules.get();
          const result = validateWorkbook(grid, file, rules, { lang });
          const batch = validateBatch([{ file, result }], rules, { lang });
          lastFindings = [...batch.findings, ...(batch.files[0]?.findings ?? [])];
          enable(markButton, markable(lastFindings) > 0);
          status.clear();
          showFindings(file, lastFindings, true);
        })
        .catch((error) =>
          status.set(text("pane.excel-failed", lang, { message: errorMessage(error) }), "error"),
        )
        .finally(() => enable(checkButton, true));
    },
    "primary",
  );

  return el(doc, "div", { className: "section" }, [
    el(doc, "p", { className: "intro", text: text("pane.check.intro-excel", lang) }),
    el(doc, "div", { className: "actions" }, [checkButton, markButton, unmarkButton]),
    status.element,
    results,
  ]);
}

/** Findings that point at a cell, the only ones a mark can go on. */
function markable(findings: readonly Finding[]): number {
  return findings.filter((f) => f.sheet !== null && f.cell !== null).length;
}
