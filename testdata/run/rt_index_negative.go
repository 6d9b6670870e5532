// A negative index into an array ends the program.
package main

import "fmt"

func main() {
	var a [4]string
	i := -1
	fmt.Println("len", len(a))
	a[i] = "x"
}
