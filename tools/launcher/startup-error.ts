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

/** Several start-up problems found together: the launcher prints each on its own line. */
export class StartupRefusal extends Error {
  constructor(readonly problems: StartupError[]) {
    super(problems.map((problem) => problem.message).join(" "));
    this.name = "StartupRefusal";
  }
}
