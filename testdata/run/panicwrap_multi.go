// A value method called through a nil pointer in an interface panics with
// runtime.panicwrap's message; copy and delete applied to a multi-value call.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T int

func (t T) F() {}

type I interface{ F() }

// A package variable, so that the call is not devirtualized.
var iface I = (*T)(nil)

type S struct{ T }

func f(a []byte) ([]byte, []byte)            { return a, []byte("xyz") }
func g(a []byte) ([]byte, string)            { return a, "pq" }
func h(m map[string]int) (map[string]int, string) { return m, "b" }

func main() {
	func() {
		defer func() {
			r := recover()
			var re runtime.Error
			fmt.Println(r, errors.As(r.(error), &re))
		}()
		iface.F()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s *S
		var i I = s
		i.F()
	}()
	a := []byte{1, 2, 3, 4}
	fmt.Println(copy(f(a)), a)
	fmt.Println(copy(g(a)), a)
	m := map[string]int{"a": 1, "b": 2}
	delete(h(m))
	fmt.Println(m)
}
