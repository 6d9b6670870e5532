// Dereferencing a nil pointer ends the program.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, nil}
	fmt.Println(n.Val)
	fmt.Println(n.Next.Val)
}
