// Go panics and fatal errors as they cross the VM. A GoPanic thrown by
// generated code or a runtime helper starts panicking on the current
// goroutine (deferred calls run, recover may stop it); a GoFatal ends the
// program at once; GoExit is os.Exit.

export class GoPanic extends Error {
  /** The panic value as an interface (type descriptor, data), when it is a Go value. */
  typ = 0;
  data = 0;
  /**
   * For runtime panics: the runtime type of the value recover returns
   * (gc's): errorString, boundsError, plainError, TypeAssertionError (with
   * its fields in `assertion`) or PanicNilError.
   */
  errType: "errorString" | "boundsError" | "plainError" | "TypeAssertionError" | "PanicNilError" = "errorString";
  /** For panic(v): the pc offset of the panic call in the panicking function (its line for runtime.Caller); 0 if unknown. */
  site = 0;
  assertion: { iface: string; concrete: string; asserted: string; missing: string; samePkgs: boolean } | null = null;

  constructor(
    /** The panic value as printed after "panic: " (for runtime errors and values already formatted). */
    readonly text: string,
    /** A runtime.Error (its value is a runtime error when recovered). */
    readonly runtimeError: boolean,
    /** A nil dereference: gc adds the [signal SIGSEGV ...] line. */
    readonly sigsegv = false,
  ) {
    super(text);
  }

  static runtimeError(msg: string): GoPanic {
    return new GoPanic(`runtime error: ${msg}`, true);
  }

  /** An index or slice bounds failure (a runtime.boundsError). */
  static bounds(msg: string): GoPanic {
    const p = new GoPanic(`runtime error: ${msg}`, true);
    p.errType = "boundsError";
    return p;
  }

  /** A runtime error whose message has no "runtime error: " prefix (a runtime.plainError). */
  static plain(msg: string): GoPanic {
    const p = new GoPanic(msg, true);
    p.errType = "plainError";
    return p;
  }

  /**
   * A failed type assertion (a *runtime.TypeAssertionError); samePkgs: the
   * two types' package paths are equal (distinct types with one name then
   * come from different scopes).
   */
  static assertion(iface: string, concrete: string, asserted: string, missing: string, samePkgs = false): GoPanic {
    const inter = iface === "" ? "interface" : iface;
    let text =
      concrete === ""
        ? `interface conversion: ${inter} is nil, not ${asserted}`
        : missing === ""
          ? `interface conversion: ${inter} is ${concrete}, not ${asserted}`
          : `interface conversion: ${concrete} is not ${asserted}: missing method ${missing}`;
    if (concrete !== "" && missing === "" && concrete === asserted) text += samePkgs ? " (types from different scopes)" : " (types from different packages)";
    const p = new GoPanic(text, true);
    p.errType = "TypeAssertionError";
    p.assertion = { iface, concrete, asserted, missing, samePkgs };
    return p;
  }

  /** panic(v) with v an interface value. */
  static value(typ: number, data: number): GoPanic {
    const p = new GoPanic("", false);
    p.typ = typ;
    p.data = data;
    return p;
  }
}

/** A runtime fatal error ("fatal error: ..."), not recoverable. */
export class GoFatal extends Error {
  constructor(
    readonly text: string,
    /** Extra runtime lines printed before "fatal error:", e.g. the stack limit message. */
    readonly preamble: string[] = [],
    /** The goroutine trace printed after it (header and frames), if any. */
    readonly trace = "",
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
