/**
 * An expected problem at start-up (bad configuration, port taken, database
 * unreachable). The launcher prints `message` and `fix` on one line each and
 * exits non-zero, without a stack trace.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = "StartupError";
  }
}
