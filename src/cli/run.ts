import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import { langFromArgs } from "./options";
import { UsageError } from "./usageError";

type Command = (args: string[], lang: Lang) => Promise<number>;

// Commands load on demand so that `cdvc validate` never pays for the workbook writer.
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./commands/validate")).validateCommand,
  consolidate: async () => (await import("./commands/consolidate")).consolidateCommand,
  template: async () => (await import("./commands/template")).templateCommand,
  rules: async () => (await import("./commands/rules")).rulesCommand,
  annotate: async () => (await import("./commands/annotate")).annotateCommand,
  track: async () => (await import("./commands/track")).trackCommand,
  term: async () => (await import("./commands/term")).termCommand,
};

/** Runs `cdvc` with its arguments and resolves to the exit code (0 ok, 1 findings, 2 usage). */
export async function runCli(argv: string[]): Promise<number> {
  let lang: Lang = "vi";
  try {
    lang = langFromArgs(argv);
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
      process.stdout.write(text("cli.usage", lang) + "\n");
      return name ? 0 : 2;
    }
    const load = commands[name];
    if (!load) throw new UsageError(text("cli.unknown-command", lang, { command: name }));
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(text("cli.usage", lang) + "\n");
      return 0;
    }
    return await (
      await load()
    )(rest, lang);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(text("cli.usage-error", lang, { detail: error.detail }) + "\n\n");
      process.stderr.write(text("cli.usage", lang) + "\n");
      return 2;
    }
    throw error;
  }
}
