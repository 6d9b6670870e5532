// runtime.Caller, Callers, CallersFrames and FuncForPC: function names and
// call lines of the frames, through closures, methods, deferred calls and
// panics; wrappers are left out.
package main

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
)

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), filepath.Base(file), line)
}

type T struct{}

func (T) M() string  { return where(0) }
func (*T) P() string { return where(1) }

type I interface{ M() string }

func stack() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(0, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s:%d", f.Function, f.Line))
		} else {
			out = append(out, f.Function)
		}
		if !more {
			break
		}
	}
	return out
}

func deferred() (s string) {
	defer func() { s = where(1) }()
	return "x"
}

func panicking() (s string) {
	defer func() {
		recover()
		pc, _, _, _ := runtime.Caller(1)
		s = runtime.FuncForPC(pc).Name() + " | " + where(2)
	}()
	panic("boom")
}

func main() {
	fmt.Println(where(0))
	func() { fmt.Println(where(0), "|", where(1)) }()
	fmt.Println(T{}.M())
	var i I = T{}
	fmt.Println(i.M())
	fmt.Println((&T{}).P())
	f := T.M
	fmt.Println(f(T{}))
	fmt.Println(stack())
	fmt.Println(deferred())
	fmt.Println(panicking())
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok, runtime.FuncForPC(0) == nil)
	fn := runtime.FuncForPC(reflect.ValueOf(stack).Pointer())
	fmt.Println(fn.Name(), fn.Entry() == reflect.ValueOf(stack).Pointer())
	lineDirectives()
}

func here() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", file, line)
}

func lineDirectives() {
//line /foo/bar.go:123
	fmt.Println(here())
//line :7
	fmt.Println(here())
	/*line other.go:20*/ fmt.Println(here())
	fmt.Println(here())
}
