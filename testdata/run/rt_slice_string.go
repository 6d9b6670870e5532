// Slicing a string beyond its length ends the program.
package main

import "fmt"

func main() {
	s := "hello"
	lo := 2
	hi := 10
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}
