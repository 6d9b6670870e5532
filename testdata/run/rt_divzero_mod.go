// Integer remainder by zero (int64) ends the program.
package main

import "fmt"

func main() {
	var a, b int64 = 7, 0
	fmt.Println(a % 3)
	fmt.Println(a % b)
}
