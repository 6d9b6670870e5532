// Converting a slice to an array of a larger length ends the program.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println([1]int(s))
	a := [4]int(s)
	fmt.Println(a)
}
