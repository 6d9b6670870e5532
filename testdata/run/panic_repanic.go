// A panic in a deferred function while panicking: both are printed.
package main

import "fmt"

func main() {
	defer func() {
		panic("second panic")
	}()
	fmt.Println("start")
	panic("first panic")
}
