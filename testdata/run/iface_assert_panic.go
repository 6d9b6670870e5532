// A failed type assertion without comma-ok panics.
package main

import "fmt"

func main() {
	var x interface{} = "a string"
	fmt.Println("before")
	n := x.(int)
	fmt.Println(n)
}
