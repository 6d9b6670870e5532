// Recursion a million frames deep succeeds: the stack grows.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type node struct {
	next *node
}

func length(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.next)
}

func sum(a [4]int, n int) int {
	if n == 0 {
		return a[0] + a[1] + a[2] + a[3]
	}
	a[n%4]++
	return sum(a, n-1)
}

func main() {
	fmt.Println(depth(1000000))
	var head *node
	for i := 0; i < 500000; i++ {
		head = &node{head}
	}
	fmt.Println(length(head))
	fmt.Println(sum([4]int{}, 300000))
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return rec(n-1) + 2
	}
	fmt.Println(rec(200000))
}
