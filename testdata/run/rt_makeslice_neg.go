// make with a negative length ends the program.
package main

import "fmt"

func main() {
	n := -1
	fmt.Println("making")
	s := make([]int, n)
	fmt.Println(len(s))
}
