// Interleaved writes to stdout and stderr via fmt, println, os.Stdout and
// os.Stderr directly.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out 1")
	fmt.Fprintln(os.Stderr, "err 1")
	println("println err 2")
	fmt.Fprintf(os.Stderr, "err %d %s\n", 3, "formatted")
	os.Stdout.WriteString("out 2\n")
	os.Stderr.Write([]byte("err 4\n"))
	fmt.Printf("out %d\n", 3)
	print("print no newline", 5, "\n")
	print(1, 2, "\n")
	println(1, "two", 3.0, true, 'x')
	var p *int
	var e error
	var s []int
	println(p == nil, e == nil, s == nil, len(s))
	println(int8(-1), uint64(1<<63), float32(0.5), 1e100, complex(1, 2))
	fmt.Fprint(os.Stderr, "err", 5, 6, "\n")
	fmt.Println("out 4")
}
