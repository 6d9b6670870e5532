// Where runtime errors happened, as stack walks report them: runtime.Caller
// from a deferred call made by the panic, and runtime.Stack's frames.
package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
)

type T struct{ c chan int }

var t *T

func nilField() int {
	x := 1
	return t.c2() + x
}

func (t *T) c2() int {
	return len(t.c)
}

func index(i int) int {
	s := []int{1, 2, 3}
	return s[i]
}

func sel() {
	select {
	case <-t.c:
	default:
	}
}

func report(f func()) {
	defer func() {
		r := recover()
		for i := 0; i < 8; i++ {
			pc, file, line, ok := runtime.Caller(i)
			if !ok {
				break
			}
			name := runtime.FuncForPC(pc).Name()
			if name == "main.report" || name == "main.main" || filepath.Ext(file) != ".go" || filepath.Base(file) != "panic_lines.go" {
				continue
			}
			fmt.Println(r, "|", name, line)
		}
	}()
	f()
}

func main() {
	report(func() { nilField() })
	report(func() { index(5) })
	report(sel)
	report(func() { panic("explicit") })
	st := string(debug.Stack())
	re := regexp.MustCompile(`(?m)^main\.main\(\)\n\t.*/panic_lines.go:(\d+)`)
	fmt.Println(re.FindStringSubmatch(st)[1:])
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	fmt.Println(re.FindStringSubmatch(string(buf[:n]))[1:])
}
