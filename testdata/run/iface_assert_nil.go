// Asserting a nil interface panics.
package main

import (
	"fmt"
	"io"
)

func main() {
	var r io.Reader
	fmt.Println("before")
	w := r.(io.Writer)
	fmt.Println(w)
}
