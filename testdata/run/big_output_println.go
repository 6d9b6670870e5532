// 5,000 lines on stderr through println, then a line on stdout.
package main

import "fmt"

func main() {
	for i := 0; i < 5000; i++ {
		println("err line", i, int64(i)*1000003)
	}
	fmt.Println("done")
}
