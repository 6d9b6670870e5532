// make with an impossible length ends the program.
package main

import "fmt"

func main() {
	n := 1 << 62
	fmt.Println("making")
	b := make([]byte, n)
	fmt.Println(len(b))
}
