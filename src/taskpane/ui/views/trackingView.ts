import type { Lang } from "../../../core/messages/format";
import { text } from "../../../core/messages/text";
import type { SubmissionTracking } from "../../../core/tracking";
import { el } from "../dom";

/**
 * The submission tracker as tables: the summary, then one table per emulation cluster — every
 * unit with its code, name, state (`tracking.state.*`) and the file used — captioned with the
 * cluster and its counts; the files whose unit could not be read last.
 */
export function trackingView(
  doc: Document,
  lang: Lang,
  tracking: SubmissionTracking,
): Array<HTMLElement | null> {
  const { total } = tracking;
  const th = (label: string) => el(doc, "th", { text: label, attrs: { scope: "col" } });
  const tables = tracking.clusters.map((cluster) => {
    const name = cluster.cluster ?? text("tracking.no-cluster", lang);
    return el(
      doc,
      "table",
      { className: "class-table tracking-table", attrs: { "data-cluster": name } },
      [
        el(doc, "caption", {}, [
          el(doc, "span", { className: "cluster-name", text: name }),
          el(doc, "span", {
            className: "cluster-counts",
            text: ` — ${text("pane.track.counts", lang, { ...cluster.counts })}`,
          }),
        ]),
        el(doc, "thead", {}, [
          el(doc, "tr", {}, [
            th(text("pane.track.code", lang)),
            th(text("pane.track.name", lang)),
            th(text("tracking.col.state", lang)),
            th(text("tracking.col.file", lang)),
          ]),
        ]),
        el(
          doc,
          "tbody",
          {},
          cluster.members.flatMap((index) => {
            const unit = tracking.units[index];
            if (!unit) return [];
            return [
              el(doc, "tr", { attrs: { "data-unit": unit.code, "data-state": unit.state } }, [
                el(doc, "th", { text: unit.code, attrs: { scope: "row" } }),
                el(doc, "td", { text: unit.name }),
                el(doc, "td", {
                  className: `state state-${unit.state}`,
                  text: text(`tracking.state.${unit.state}`, lang),
                }),
                el(doc, "td", { text: unit.file ?? "" }),
              ]),
            ];
          }),
        ),
      ],
    );
  });
  return [
    el(doc, "p", {
      className: "summary",
      text: text("tracking.summary", lang, {
        received: total.received,
        expected: total.units,
        onTime: total.onTime,
        late: total.late,
        errors: total.errors,
        missing: total.missing,
        replaced: total.replaced,
      }),
    }),
    tracking.hasList
      ? null
      : el(doc, "p", { className: "note", text: text("tracking.no-list", lang) }),
    ...tables,
    tracking.unidentified.length > 0
      ? el(doc, "p", {
          className: "summary summary-error",
          text: text("pane.track.unidentified", lang, {
            files: tracking.unidentified.map((f) => f.file).join(", "),
          }),
        })
      : null,
  ];
}
