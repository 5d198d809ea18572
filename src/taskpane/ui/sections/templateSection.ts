import { text } from "../../../core/messages/text";
import type { PaneContext } from "../../app/paneContext";
import { templateRequest, type TemplateRequest } from "../../app/templateRequest";
import { el, enable, fill } from "../dom";
import { createDownloadLink, type DownloadLink } from "../download";
import { button, textField } from "../field";
import { createStatusLine } from "../status";
import { errorMessage } from "./errorMessage";

/**
 * Mẫu: the report form, blank or pre-filled with a unit's code, name, period and cluster, as a
 * new Excel workbook (in Excel) or a download. The writer (ExcelJS) loads on first use.
 */
export function templateSection(ctx: PaneContext): HTMLElement {
  const { doc, lang } = ctx;
  const status = createStatusLine(doc);
  const links = el(doc, "div", { className: "actions" });
  let download: DownloadLink | null = null;

  const unitCode = textField(doc, text("template.label.unit-code", lang), { name: "unitCode" });
  const unitName = textField(doc, text("template.label.unit-name", lang), { name: "unitName" });
  const period = textField(doc, text("template.label.period", lang), {
    name: "period",
    placeholder: text("pane.template.period-example", lang),
  });
  const cluster = textField(doc, text("template.label.cluster", lang), { name: "cluster" });

  const write = async (
    then: (bytes: Uint8Array, request: TemplateRequest & { ok: true }) => Promise<void>,
  ) => {
    const request = templateRequest(
      {
        unitCode: unitCode.input.value,
        unitName: unitName.input.value,
        period: period.input.value,
        cluster: cluster.input.value,
      },
      lang,
    );
    if (!request.ok) {
      status.set(request.problem, "error");
      return;
    }
    status.set(text("pane.working", lang));
    for (const control of actions) enable(control, false);
    try {
      const { writeTemplate } = await import(
        /* webpackChunkName: "template" */ "../../../workbook/template"
      );
      await then(await writeTemplate(ctx.rules.get().rules, request.options), request);
    } catch (error) {
      status.set(text("pane.failed", lang, { message: errorMessage(error) }), "error");
    } finally {
      for (const control of actions) enable(control, true);
    }
  };

  const offer = button(
    doc,
    text("pane.template.download", lang),
    () =>
      void write(async (bytes, request) => {
        download?.release();
        download = createDownloadLink(
          doc,
          bytes,
          request.fileName,
          text("pane.download-file", lang, { file: request.fileName }),
        );
        fill(links, [download.element]);
        status.set(text("pane.template.ready", lang, { file: request.fileName }), "success");
      }),
    ctx.excel ? "secondary" : "primary",
  );
  const excel = ctx.excel;
  const create =
    excel && excel.canCreateWorkbook
      ? button(
          doc,
          text("pane.template.new-workbook", lang),
          () =>
            void write(async (bytes) => {
              await excel.createWorkbook(bytes);
              status.set(text("pane.template.opened", lang), "success");
            }),
          "primary",
        )
      : null;
  const actions = create ? [create, offer] : [offer];

  return el(doc, "div", { className: "section" }, [
    el(doc, "p", { className: "intro", text: text("pane.template.intro", lang) }),
    unitCode.element,
    unitName.element,
    period.element,
    cluster.element,
    el(doc, "div", { className: "actions" }, actions),
    status.element,
    links,
  ]);
}
