import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import { UsageError } from "./usageError";

type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
export const commonOptions = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies OptionSpec;

/** Options of every command that reads a batch of reports through readInputs. */
export const batchOptions = {
  config: { type: "string" },
  period: { type: "string" },
  deadline: { type: "string" },
} as const satisfies OptionSpec;

/**
 * Parses a command's arguments strictly: an unknown option or a missing value is a usage
 * error (exit 2), never silently ignored.
 */
export function parseCommandArgs<O extends OptionSpec>(args: string[], options: O, lang: Lang) {
  try {
    return parseArgs({
      args,
      options: { ...commonOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      text("cli.bad-option", lang, { detail: error instanceof Error ? error.message : "?" }),
    );
  }
}

/** Reads `--lang` from raw arguments before a command parses them, so usage errors are localized. */
export function langFromArgs(args: readonly string[]): Lang {
  const i = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "vi";
  const value = args[i]!.includes("=") ? args[i]!.split("=")[1] : args[i + 1];
  if (value === "en") return "en";
  if (value === "vi") return "vi";
  throw new UsageError(text("cli.bad-lang", "vi"));
}
