// Runtime errors are placed at the operation that failed (its operator,
// '[' or '.'), not at the start of its statement, as gc positions them:
// what a deferred call sees through runtime.Callers in expressions that
// span lines.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type P struct{ x int }

var (
	a    = []int{1, 2, 3}
	i    = 7
	zero = 0
	p    *P
	e    any = "s"
)

// where runs f and reports the function and line where it panicked.
func where(f func()) (s string) {
	defer func() {
		r := recover()
		pcs := make([]uintptr, 16)
		n := runtime.Callers(1, pcs)
		frames := runtime.CallersFrames(pcs[:n])
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.main.") {
				s = fmt.Sprintf("%v at %s:%d", r, fr.Function, fr.Line)
				return
			}
			if !more {
				return
			}
		}
	}()
	f()
	return
}

func main() {
	fmt.Println(where(func() {
		x := a[0] +
			a[1] +
			a[i]
		_ = x
	}))
	fmt.Println(where(func() {
		y := 10 +
			20 +
			10/zero
		_ = y
	}))
	fmt.Println(where(func() {
		z := a[0] +
			p.
				x
		_ = z
	}))
	fmt.Println(where(func() {
		t := fmt.Sprint("a",
			e.(int))
		_ = t
	}))
	fmt.Println(where(func() {
		u := a[0:
			i]
		_ = u
	}))
}
