/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "UsageError";
  }
}
