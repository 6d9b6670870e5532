// 100,000 numbered lines on stdout.
package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 100000; i++ {
		fmt.Println("line", i, i*i%9973)
		sum += i
	}
	fmt.Println("total", sum)
}
