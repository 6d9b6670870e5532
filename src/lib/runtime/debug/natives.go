package debug

// setGCPercent sets GOGC's value (negative: off) and returns the previous one.
func setGCPercent(percent int) int

// setMemoryLimit sets the soft memory limit (GOMEMLIMIT) unless limit < 0, and returns the previous limit.
func setMemoryLimit(limit int64) int64

// freeOSMemory runs a full collection and returns the freed arena pages to the host.
func freeOSMemory()

// setMaxStack sets the goroutine stack size limit in bytes and returns the previous limit.
func setMaxStack(bytes int) int

// setMaxThreads sets the limit on Ms and returns the previous limit.
func setMaxThreads(threads int) int

// setPanicOnFault sets whether faults panic instead of crashing, for the calling goroutine, and returns the previous setting.
func setPanicOnFault(enabled bool) bool

// setTraceback sets the GOTRACEBACK level.
func setTraceback(level string)

// writeHeapDump writes a heap dump to descriptor fd.
func writeHeapDump(fd uintptr)

// setCrashFD sets the extra descriptor fatal errors are also written to (^uintptr(0): none).
func setCrashFD(fd uintptr)

// modinfo returns the build information text as gc embeds it (16 marker bytes, BuildInfo.String() text, 16 marker bytes), or "".
func modinfo() string
