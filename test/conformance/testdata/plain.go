// run

//go:build linux || darwin

// A fixture for runner.test.ts: a plain test (no goroutines, no generics)
// whose comments and strings mention go, select, chan and <- .

package main

import "fmt"

type A [4]int // an array type, not a type parameter list

func main() {
	// go f(); select {}; make(chan int)
	s := "go select chan <-"
	r := '<'
	fmt.Println(s, r, `go
func F[T any]()`, A{})
}
