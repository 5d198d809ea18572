import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { groupFindings } from "../app/findingGroups";
import { el } from "./dom";

/** "2 lỗi, 1 cảnh báo", or the sentence for none. */
export function findingCounts(findings: readonly Finding[], lang: Lang): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return text("pane.findings.none", lang);
  return text("pane.findings.counts", lang, { errors, warnings });
}

/**
 * The findings of one workbook, by sheet and cell. With `onSelect` (in Excel) a finding that
 * has a cell is a button that selects that cell; elsewhere it is plain text.
 */
export function findingsList(
  doc: Document,
  findings: readonly Finding[],
  lang: Lang,
  onSelect?: (finding: Finding) => void,
): HTMLElement {
  const groups = groupFindings(findings).map((group) =>
    el(doc, "div", { className: "finding-group" }, [
      el(doc, "h4", {
        className: "finding-sheet",
        text:
          group.sheet === null
            ? text("pane.findings.whole-file", lang)
            : text("pane.findings.sheet", lang, { sheet: group.sheet }),
      }),
      el(
        doc,
        "ul",
        { className: "finding-list" },
        group.findings.map((finding) => findingItem(doc, finding, lang, onSelect)),
      ),
    ]),
  );
  return el(doc, "div", { className: "findings" }, groups);
}

function findingItem(
  doc: Document,
  finding: Finding,
  lang: Lang,
  onSelect: ((finding: Finding) => void) | undefined,
): HTMLElement {
  const severity = el(doc, "span", {
    className: `badge badge-${finding.severity}`,
    text: text(`pane.severity.${finding.severity}`, lang),
  });
  const cell = finding.cell
    ? el(doc, "span", { className: "finding-cell", text: finding.cell })
    : null;
  const message = el(doc, "span", { className: "finding-message", text: finding.message });
  const hint = finding.hint
    ? el(doc, "span", { className: "finding-hint", text: finding.hint })
    : null;
  const selectable = onSelect && finding.sheet !== null && finding.cell !== null;
  const body = selectable
    ? el(
        doc,
        "button",
        {
          className: "finding-body finding-link",
          attrs: {
            type: "button",
            "data-code": finding.code,
            title: text("pane.findings.select", lang),
          },
          on: { click: () => onSelect(finding) },
        },
        [severity, cell, message],
      )
    : el(doc, "div", { className: "finding-body", attrs: { "data-code": finding.code } }, [
        severity,
        cell,
        message,
      ]);
  return el(doc, "li", { className: `finding finding-${finding.severity}` }, [body, hint]);
}
