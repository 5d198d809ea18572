import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod, parsePeriod } from "../../core/period";
import type { TemplateOptions } from "../../workbook/template";

/** What staff typed in the Mẫu section; every field may be left empty for a blank form. */
export interface TemplateFields {
  readonly unitCode: string;
  readonly unitName: string;
  readonly period: string;
  readonly cluster: string;
}

/** The template to write, its file name, or the problem that stops it. */
export type TemplateRequest =
  | { readonly ok: true; readonly options: TemplateOptions; readonly fileName: string }
  | { readonly ok: false; readonly problem: string };

/**
 * Turns the Mẫu fields into the template writer's options: blank fields are left out (the
 * form's cell stays empty for the unit to fill), a period must read as a reporting period and is
 * written the canonical way ("nam 2024" becomes "Năm 2024"). The file is named after the unit
 * code, in plain letters so every file system takes it.
 *
 * @example
 * templateRequest({ unitCode: "CD001", unitName: "", period: "nam 2024", cluster: "" }, "vi")
 * // { ok: true, options: { unitCode: "CD001", period: "Năm 2024", lang: "vi" }, fileName: "MauBaoCao-CD001.xlsx" }
 */
export function templateRequest(fields: TemplateFields, lang: Lang): TemplateRequest {
  const unitCode = fields.unitCode.trim();
  const unitName = fields.unitName.trim();
  const cluster = fields.cluster.trim();
  const periodText = fields.period.trim();
  let period: string | undefined;
  if (periodText !== "") {
    const parsed = parsePeriod(periodText);
    if (!parsed)
      return {
        ok: false,
        problem: text("pane.template.period-invalid", lang, { text: periodText }),
      };
    period = formatPeriod(parsed);
  }
  const options: TemplateOptions = {
    ...(unitCode && { unitCode }),
    ...(unitName && { unitName }),
    ...(period && { period }),
    ...(cluster && { cluster }),
    lang,
  };
  return { ok: true, options, fileName: templateFileName(unitCode) };
}

function templateFileName(unitCode: string): string {
  const safe = unitCode
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return safe ? `MauBaoCao-${safe}.xlsx` : "MauBaoCao.xlsx";
}
