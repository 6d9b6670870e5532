// Package runtime is the Go-visible face of gots' runtime (scheduler, memory,
// collector, stacks), written in TypeScript. Most of this package is
// natives, one per operation the runtime performs; the rest (Frames, Func,
// error types, MemStats, profiling stubs) is Go code.
package runtime

import "unsafe"

// Compiler is the name of the compiler toolchain that built the running
// binary.
const Compiler = "gc"

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile.
var MemProfileRate int = 512 * 1024

// GC runs a garbage collection and blocks the caller until the collection is complete.
func GC()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

// Breakpoint executes a breakpoint trap (a fatal SIGTRAP in gots).
func Breakpoint()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of Ps if n > 0 and returns the previous setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// LockOSThread wires the calling goroutine to its current M until a matching UnlockOSThread.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// KeepAlive marks its argument as reachable until this call.
func KeepAlive(x any)

// SetFinalizer sets (or clears, for a nil finalizer) the finalizer of the object obj points to, checking types and panicking as Go does.
func SetFinalizer(obj any, finalizer any)

// ReadMemStats stops the world and fills *m with the memory allocator statistics.
func ReadMemStats(m *MemStats)

// Caller reports the return pc, file and line of the call skip frames above Caller's caller (0: the caller of Caller).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the return program counters of the calling goroutine's stack, skipping skip frames (0: Callers itself), and returns how many it wrote.
func Callers(skip int, pc []uintptr) int

// GOROOT returns the GOROOT environment variable if set, else the root of the emulated Go tree.
func GOROOT() string

// funcInfo describes the function containing pc: its package-qualified name ("main.f", "main.(*T).m") and entry pc; ok is false if pc is in no function.
func funcInfo(pc uintptr) (name string, entry uintptr, ok bool)

// funcFileLine returns the file name and line number of the source position of pc.
func funcFileLine(pc uintptr) (file string, line int)

// stack returns the traceback of the calling goroutine (and of all others if all), formatted as in a panic's output.
func stack(all bool) string

// Version returns the Go tree's version string.
func Version() string { return "go1.23" }

// Stack formats a stack trace of the calling goroutine into buf and returns
// the number of bytes written to buf.
func Stack(buf []byte, all bool) int {
	return copy(buf, stack(all))
}

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types that are
	// run time errors from ordinary errors.
	RuntimeError()
}

// errorString is the panic value of run-time errors that the runtime reports
// with a message ("index out of range [5] with length 3", "integer divide by
// zero", ...).
type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

// boundsError is the panic value of index and slice bounds failures (gc's
// runtime.boundsError; here it holds the formatted message).
type boundsError string

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error whose message has no "runtime error: "
// prefix ("close of closed channel", "assignment to entry in nil map").
type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
	samePkgs      bool
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	as := e.asserted
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			if e.samePkgs {
				msg += " (types from different scopes)"
			} else {
				msg += " (types from different packages)"
			}
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod
}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	// This field makes PanicNilError structurally different from any other struct
	// in this package, and the _ makes it different from any struct in other
	// packages too.
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string {
	return "panic called with nil argument"
}
func (*PanicNilError) RuntimeError() {}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given
// program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name, entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return funcFileLine(pc)
}

// Frames may be used to get function/file/line information for a slice of PC
// values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame.
	PC uintptr

	// Func is the Func value of this call frame, or nil if unknown.
	Func *Func

	// Function is the package path-qualified function name of this call frame.
	Function string

	// File and Line are the file name and line number of the location in this
	// frame.
	File string
	Line int

	startLine int

	// Entry point program counter for the function; may be zero if not known.
	Entry uintptr

	funcInfo unsafe.Pointer
}

// CallersFrames takes a slice of PC values returned by Callers and prepares
// to return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]

		name, entry, ok := funcInfo(pc - 1)
		if !ok {
			continue
		}
		file, line := funcFileLine(pc - 1)
		frame = Frame{PC: pc - 1, Func: &Func{name, entry}, Function: name, File: file, Line: line, Entry: entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A MemProfileRecord describes the live objects allocated by a particular
// call sequence (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects -
// FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord describes blocking events originated at a particular
// call sequence (stack trace).
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// MemProfile returns a profile of memory allocated and freed per allocation
// site.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) { return 0, true }

// BlockProfile returns n, the number of records in the current blocking
// profile.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// MutexProfile returns n, the number of records in the current mutex profile.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// GoroutineProfile returns n, the number of records in the active goroutine
// stack profile.
func GoroutineProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// ThreadCreateProfile returns n, the number of records in the thread creation
// profile.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// SetBlockProfileRate controls the fraction of goroutine blocking events that
// are reported in the blocking profile.
func SetBlockProfileRate(rate int) {}

// SetMutexProfileFraction controls the fraction of mutex contention events
// that are reported in the mutex profile; it returns the previous rate.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

var mutexProfileFraction int

// SetCPUProfileRate sets the CPU profiling rate to hz samples per second.
func SetCPUProfileRate(hz int) {}

// CPUProfile panics: it is no longer available (as in Go).
func CPUProfile() []byte {
	panic("CPUProfile no longer available")
}

type traceError string

func (e traceError) Error() string { return string(e) }

// StartTrace enables tracing for the current process.
func StartTrace() error { return traceError("runtime: execution tracing is not supported by gots") }

// StopTrace stops tracing, if it was previously enabled.
func StopTrace() {}

// ReadTrace returns the next chunk of binary tracing data; nil when tracing
// is off.
func ReadTrace() []byte { return nil }

// NumCgoCall returns the number of cgo calls made by the current process.
func NumCgoCall() int64 { return 0 }

// SetCgoTraceback records three C functions to use to gather traceback
// information from C code; gots has no cgo, so it does nothing.
func SetCgoTraceback(version int, traceback, context, symbolizer unsafe.Pointer) {}

// A Pinner is a set of Go objects each pinned to a fixed location in memory.
type Pinner struct {
	refs []any
}

// Pin pins a Go object, preventing it from being moved or freed by the
// garbage collector until the Unpin method has been called.
func (p *Pinner) Pin(pointer any) {
	p.refs = append(p.refs, pointer)
}

// Unpin unpins all pinned objects of the Pinner.
func (p *Pinner) Unpin() {
	p.refs = nil
}
