// Slicing beyond the capacity ends the program.
package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	hi := 6
	fmt.Println(len(s[:5]))
	fmt.Println(s[:hi])
}
