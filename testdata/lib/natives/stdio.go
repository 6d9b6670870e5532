// Output to stdout and stderr, interleaved in program order (both go to one
// file in this test), from os.Stdout/os.Stderr and the print builtins.
package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	os.Stdout.WriteString("out 1\n")
	os.Stderr.WriteString("err 1\n")
	println("println", 2, true)
	os.Stdout.WriteString("out 2\n")
	print("print ", 3, "\n")
	os.Stdout.Write([]byte("out 3\n"))
	w := bufio.NewWriter(os.Stdout)
	for i := 0; i < 2000; i++ {
		w.WriteString("line " + strconv.Itoa(i) + "\n")
	}
	w.Flush()
	os.Stderr.WriteString("err 2\n")
	n, err := os.Stdout.WriteString("")
	os.Stderr.WriteString("empty " + strconv.Itoa(n) + " " + strconv.FormatBool(err == nil) + "\n")
	os.Stdout.WriteString("bytes \x00\xff\xfe end\n")
}
