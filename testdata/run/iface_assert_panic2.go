// A failed assertion to an interface type panics with a missing method.
package main

import "fmt"

type Shower interface{ Show() }

type T struct{}

func main() {
	var x interface{} = T{}
	fmt.Println("before")
	s := x.(Shower)
	s.Show()
}
