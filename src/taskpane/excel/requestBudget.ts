/**
 * Excel on the web refuses a request over 5 MB; a write queued past `limitBytes` is sent on
 * its own. The default keeps each request at about a fifth of the limit, so that the estimate
 * (JSON in UTF-8) can be off without any request coming near it.
 */
export const DEFAULT_REQUEST_BYTES = 1_000_000;

/**
 * Counts the cell writes queued in the current request and syncs before one that would take
 * it past the limit: one sync per request-sized piece, and none while the pieces still fit.
 * Small operations (a sheet added, a column width) are not counted: they ride along with the
 * writes, and the budget's margin under Office's limit absorbs them.
 *
 * @example
 * const budget = new RequestBudget(context, DEFAULT_REQUEST_BYTES);
 * for (const chunk of chunks) { await budget.reserve(chunk.bytes); queue(chunk); }
 * await budget.flush();
 */
export class RequestBudget {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limitBytes: number = DEFAULT_REQUEST_BYTES,
  ) {}

  /** Makes room for a write of `bytes`: sends what is queued first when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limitBytes) await this.flush();
    this.pending += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
  }
}
