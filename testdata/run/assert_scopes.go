// Failed assertions between distinct types with the same name: local types
// of different functions (different scopes) and a package's type.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{}

var X interface{}

func f1() { type T struct{}; X = T{} }

func try(f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		fmt.Println(r, errors.As(r.(error), &re))
	}()
	f()
}

func main() {
	f1()
	try(func() { type T struct{}; _ = X.(T) })
	try(func() { _ = X.(T) })
	X = T{}
	try(func() { type T struct{}; _ = X.(T) })
	try(func() { _ = X.(int) })
	type T struct{}
	_ = X.(T)
}
