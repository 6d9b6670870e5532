// A slice expression with low > high ends the program.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 1
	fmt.Println(s[lo:hi])
}
