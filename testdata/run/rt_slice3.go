// A 3-index slice with max beyond capacity ends the program.
package main

import "fmt"

func main() {
	s := make([]byte, 3, 4)
	m := 5
	fmt.Println(len(s[1:2:4]))
	fmt.Println(s[1:2:m])
}
