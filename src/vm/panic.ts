// Go panics and fatal errors as they cross the VM: a GoPanic unwinds the
// interpreter loop (until defer/recover exist, straight to the top, which
// prints gc's report), a GoFatal ends the program at once.

export class GoPanic extends Error {
  constructor(
    /** The panic value as printed after "panic: ". */
    readonly text: string,
    /** runtime.Error panics print "[recovered]"-less "runtime error: ..." text and may add a signal line. */
    readonly runtimeError: boolean,
  ) {
    super(text);
  }

  static runtimeError(msg: string): GoPanic {
    return new GoPanic(`runtime error: ${msg}`, true);
  }
}

/** A runtime fatal error ("fatal error: ..."), not recoverable. */
export class GoFatal extends Error {
  constructor(
    readonly text: string,
    /** Extra runtime lines printed before "fatal error:", e.g. the stack limit message. */
    readonly preamble: string[] = [],
  ) {
    super(text);
  }
}

/** os.Exit(code): unwinds the VM without running deferred calls. */
export class GoExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
