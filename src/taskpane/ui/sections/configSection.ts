import type { Finding } from "../../../core/findings/finding";
import type { Lang } from "../../../core/messages/format";
import { text } from "../../../core/messages/text";
import { defaultRules, parseRulesText, rulesToJson } from "../../../core/rules";
import type { ActiveRules, PaneContext } from "../../app/paneContext";
import { el, fill } from "../dom";
import { createDownloadLink, type DownloadLink } from "../download";
import { button } from "../field";
import { createFilePicker } from "../filePicker";
import { findingCounts, findingsList } from "../findingsView";
import { createStatusLine } from "../status";
import { errorMessage } from "./errorMessage";

/** The sheet the rules are written to and read from, as a JSON text. */
export const RULES_SHEET = "CauHinh";
const RULES_FILE = "rules.json";

/**
 * Cấu hình: the rules the pane checks and consolidates with. In Excel they are written to the
 * CauHinh sheet and read back from it; in a browser a rules file is opened or saved. Either
 * way the text is read by the same zod schema as the CLI's --config, and its findings listed.
 */
export function configSection(ctx: PaneContext): HTMLElement {
  const { doc, lang } = ctx;
  const status = createStatusLine(doc);
  const current = el(doc, "p", { className: "summary", attrs: { "aria-live": "polite" } });
  const findings = el(doc, "div", { className: "results" });
  const links = el(doc, "div", { className: "actions" });
  let download: DownloadLink | null = null;

  const describe = (active: ActiveRules) => {
    current.textContent = rulesLine(active, lang);
  };
  ctx.rules.onChange(describe);
  describe(ctx.rules.get());

  /** Reads a rules text: on success the pane uses it; the findings are shown either way. */
  const adopt = (content: string, name: string, source: ActiveRules["source"]) => {
    const parsed = parseRulesText(content, name, lang);
    showFindings(parsed.findings, name);
    if (parsed.rules) {
      ctx.rules.set({ rules: parsed.rules, source, name });
      status.set(text("pane.config.adopted", lang, { name }), "success");
    } else {
      status.set(text("pane.config.rejected", lang, { name }), "error");
    }
  };
  const showFindings = (list: readonly Finding[], name: string) => {
    fill(findings, [
      el(doc, "h3", { className: "results-title", text: name }),
      el(doc, "p", { className: "summary", text: findingCounts(list, lang) }),
      list.length > 0 ? findingsList(doc, list, lang) : null,
    ]);
  };
  const useDefaults = button(doc, text("pane.config.use-defaults", lang), () => {
    ctx.rules.set({ rules: defaultRules, source: "default", name: "" });
    fill(findings, []);
    status.set(text("pane.config.defaults-used", lang), "success");
  });

  const excel = ctx.excel;
  let controls: HTMLElement[];
  if (excel) {
    const write = button(
      doc,
      text("pane.config.write-sheet", lang, { sheet: RULES_SHEET }),
      () => {
        status.set(text("pane.working", lang));
        excel
          .writeRulesSheet(rulesToJson(ctx.rules.get().rules))
          .then(() =>
            status.set(text("pane.config.written", lang, { sheet: RULES_SHEET }), "success"),
          )
          .catch((error) =>
            status.set(text("pane.excel-failed", lang, { message: errorMessage(error) }), "error"),
          );
      },
      "primary",
    );
    const read = button(doc, text("pane.config.read-sheet", lang, { sheet: RULES_SHEET }), () => {
      status.set(text("pane.working", lang));
      excel
        .readRulesSheet()
        .then((content) => {
          if (content === null)
            status.set(text("pane.config.no-sheet", lang, { sheet: RULES_SHEET }), "warning");
          else adopt(content, RULES_SHEET, "sheet");
        })
        .catch((error) =>
          status.set(text("pane.excel-failed", lang, { message: errorMessage(error) }), "error"),
        );
    });
    controls = [el(doc, "div", { className: "actions" }, [write, read, useDefaults])];
  } else {
    const picker = createFilePicker(doc, lang, {
      label: text("pane.config.pick", lang),
      multiple: false,
      accept: ".json,application/json",
      onFiles: (files) => {
        const file = files[0];
        if (!file) return;
        file
          .text()
          .then((content) => adopt(content, file.name, "file"))
          .catch((error) =>
            status.set(text("pane.failed", lang, { message: errorMessage(error) }), "error"),
          );
      },
    });
    const save = button(
      doc,
      text("pane.config.save", lang),
      () => {
        download?.release();
        const bytes = new TextEncoder().encode(rulesToJson(ctx.rules.get().rules));
        download = createDownloadLink(
          doc,
          bytes,
          RULES_FILE,
          text("pane.download-file", lang, { file: RULES_FILE }),
          "application/json",
        );
        fill(links, [download.element]);
      },
      "primary",
    );
    controls = [picker.element, el(doc, "div", { className: "actions" }, [save, useDefaults])];
  }

  return el(doc, "div", { className: "section" }, [
    el(doc, "p", {
      className: "intro",
      text: text(excel ? "pane.config.intro-excel" : "pane.config.intro-web", lang, {
        sheet: RULES_SHEET,
      }),
    }),
    current,
    ...controls,
    status.element,
    links,
    findings,
  ]);
}

function rulesLine(active: ActiveRules, lang: Lang): string {
  const counts = {
    indicators: active.rules.indicators.length,
    criteria: active.rules.criteria.length,
    name: active.name,
  };
  return text(`pane.config.source-${active.source}`, lang, counts);
}
