// Deferred copy and close, and print/println of a multi-value call.
package main

import "fmt"

func f() (int16, float64, string) { return -42, 42.0, "x" }

func fill(s []int) {
	c := make(chan []int, 1)
	c <- []int{7, 8, 9}
	defer copy(s, <-c)
	s[0] = 1
}

func closeLater(c chan int) {
	defer close(c)
	c <- 1
}

func bytesFrom(b []byte) {
	defer copy(b, "hey")
}

func main() {
	x := make([]int, 2)
	fill(x)
	fmt.Println(x)
	c := make(chan int, 2)
	closeLater(c)
	for v := range c {
		fmt.Println("got", v)
	}
	b := make([]byte, 5)
	bytesFrom(b)
	fmt.Printf("%q\n", b)
	print(f())
	println(f())
	defer println(f())
	defer print(f())
}
