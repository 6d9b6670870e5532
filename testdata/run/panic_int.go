// Panicking with an integer of a named type, and a float.
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(3))
	}()
	panic(2.5)
}
