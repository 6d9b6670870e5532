// A deferred call run by a panic whose frame does not fit in the stack:
// the stack grows while the panic is under way, and the panic's frame
// pointers move with it (the deferred call then walks the stack, recovers,
// and the function returns normally).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func big(depth int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			var pcs [512]uintptr
			n := runtime.Callers(2, pcs[:])
			frames := runtime.CallersFrames(pcs[:n])
			var names []string
			for {
				f, more := frames.Next()
				names = append(names, f.Function)
				if !more {
					break
				}
			}
			out = fmt.Sprint(r, ": ", strings.Join(names, " < "))
		}
	}()
	if depth > 0 {
		return big(depth - 1)
	}
	panic("deep")
}

func main() {
	fmt.Println(big(0))
	fmt.Println(big(3))
	var pcs [600]uintptr
	pcs[599] = 1
	fmt.Println(len(big(20)) > 0, pcs[599])
}
