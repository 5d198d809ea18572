import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";

const EVERY_MS = 100;

/**
 * "Đang đọc 120/1000 tệp…" on stderr, rewritten in place at most ten times a second and only
 * on a terminal: a log file or a pipe gets no progress lines. `end` finishes the line.
 */
export function progressLine(
  lang: Lang,
  stream: NodeJS.WriteStream = process.stderr,
): { update: (done: number, total: number) => void; end: () => void } {
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (done < total && now - last < EVERY_MS) return;
      last = now;
      shown = true;
      stream.write(`\r${text("cli.progress", lang, { done, total })}`);
    },
    end() {
      if (shown) stream.write("\n");
      shown = false;
    },
  };
}
