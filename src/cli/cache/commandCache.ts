import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import type { Rules } from "../../core/rules";
// Not the rules' index: it would load zod's schema, which rules given by file load themselves.
import { rulesHash } from "../../core/rules/rulesHash";
import { cachePathFor, CheckCache } from "./checkCache";
import { toolIdentity } from "./toolIdentity";

/** Opens the cache kept beside `out` for the rules the command runs with. */
export function cacheBeside(out: string, lang: Lang): (rules: Rules) => Promise<CheckCache> {
  return (rules) =>
    CheckCache.open(cachePathFor(out), { tool: toolIdentity(), rules: rulesHash(rules), lang });
}

/**
 * Saves the cache after a run, says on stderr how much of it was reused, and lets go of it. A
 * cache that cannot be written (a read-only folder) costs only the next run's speed: a note,
 * not a failure.
 */
export async function saveCache(
  batch: { readonly cache: CheckCache | null; readonly reused: number; readonly files: unknown[] },
  lang: Lang,
): Promise<void> {
  const { cache, reused } = batch;
  if (!cache) return;
  const total = batch.files.length;
  if (reused > 0) {
    process.stderr.write(
      text("cli.cache-reused", lang, { reused, total, read: total - reused }) + "\n",
    );
  }
  try {
    await mkdir(dirname(cache.path), { recursive: true });
    await cache.save();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(text("cli.cache-not-written", lang, { file: cache.path, reason }) + "\n");
  } finally {
    cache.release();
  }
}
