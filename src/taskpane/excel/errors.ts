import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";

/**
 * Thrown when the sheets a write would create already exist and the caller did not ask to
 * replace them: the pane asks the user, then calls again with `replace: true`.
 *
 * @example
 * try { await writeResultSheets(context, sheets, { replace: false }); }
 * catch (error) { if (error instanceof SheetsExistError) askToReplace(error.names); }
 */
export class SheetsExistError extends Error {
  override readonly name = "SheetsExistError";

  /** The names asked for that exist, as the caller spelled them. */
  readonly names: readonly string[];

  constructor(names: readonly string[], lang: Lang = "vi") {
    super(text("excel.sheets-exist", lang, { names: names.join(", ") }));
    this.names = [...names];
  }
}

/**
 * Thrown when the Excel running the pane lacks the requirement set an action needs (a
 * perpetual Office 2016 or 2019, Excel on iPad): the pane offers the download instead.
 *
 * @example
 * new ApiNotSupportedError("1.8").version // "1.8"
 */
export class ApiNotSupportedError extends Error {
  override readonly name = "ApiNotSupportedError";

  /** The ExcelApi version that was needed. */
  readonly version: string;

  constructor(version: string, lang: Lang = "vi") {
    super(text("excel.api-unsupported", lang, { version }));
    this.version = version;
  }
}
