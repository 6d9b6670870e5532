package runtime

import (
	real "runtime"
	"unsafe"
)

func GC()                         { real.GC() }
func Gosched()                    { real.Gosched() }
func Goexit()                     { real.Goexit() }
func Breakpoint()                 { real.Breakpoint() }
func NumGoroutine() int           { return real.NumGoroutine() }
func GOMAXPROCS(n int) int        { return real.GOMAXPROCS(n) }
func NumCPU() int                 { return real.NumCPU() }
func LockOSThread()               { real.LockOSThread() }
func UnlockOSThread()             { real.UnlockOSThread() }
func KeepAlive(x any)             { real.KeepAlive(x) }
func SetFinalizer(obj any, f any) { real.SetFinalizer(obj, f) }
func ReadMemStats(m *MemStats)    { real.ReadMemStats((*real.MemStats)(unsafe.Pointer(m))) }
func Caller(skip int) (uintptr, string, int, bool) {
	return real.Caller(skip + 1)
}
func Callers(skip int, pc []uintptr) int { return real.Callers(skip+1, pc) }
func GOROOT() string                      { return real.GOROOT() }
func funcInfo(pc uintptr) (string, uintptr, bool) {
	f := real.FuncForPC(pc)
	if f == nil {
		return "", 0, false
	}
	return f.Name(), f.Entry(), true
}
func funcFileLine(pc uintptr) (string, int) {
	f := real.FuncForPC(pc)
	if f == nil {
		return "", 0
	}
	return f.FileLine(pc)
}
func stack(all bool) string {
	buf := make([]byte, 1<<16)
	return string(buf[:real.Stack(buf, all)])
}
