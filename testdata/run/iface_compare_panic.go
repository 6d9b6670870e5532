// Comparing interfaces holding uncomparable values panics.
package main

import "fmt"

func main() {
	var a, b interface{} = []int{1}, []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
