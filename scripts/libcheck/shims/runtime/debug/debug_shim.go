package debug

import real "runtime/debug"

func setGCPercent(p int) int          { return real.SetGCPercent(p) }
func setMemoryLimit(l int64) int64    { return real.SetMemoryLimit(l) }
func freeOSMemory()                   { real.FreeOSMemory() }
func setMaxStack(b int) int           { return real.SetMaxStack(b) }
func setMaxThreads(t int) int         { return real.SetMaxThreads(t) }
func setPanicOnFault(e bool) bool     { return real.SetPanicOnFault(e) }
func setTraceback(level string)       { real.SetTraceback(level) }
func writeHeapDump(fd uintptr)        {}
func setCrashFD(fd uintptr)           {}
func modinfo() string {
	bi, ok := real.ReadBuildInfo()
	if !ok {
		return ""
	}
	bi.GoVersion = ""
	return "0123456789abcdef" + bi.String() + "0123456789abcdef"
}
