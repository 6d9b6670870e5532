// bufio.Writer: buffering, explicit Flush, Buffered/Available, writes larger
// than the buffer, interleaving with unbuffered writes.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprint(w, "abc")
	fmt.Println("direct 1 (appears before abc)")
	fmt.Println(w.Buffered(), w.Available(), w.Size())
	w.Flush()
	fmt.Println()
	w.WriteString("0123456789")
	w.WriteString("0123456789") // exceeds 16: first part is written
	fmt.Println("|direct 2")
	w.Flush()
	fmt.Println()
	w.Write([]byte(strings.Repeat("x", 40))) // larger than the buffer: written through
	fmt.Println("|direct 3")
	w.WriteByte('!')
	w.WriteRune('世')
	w.Flush()
	fmt.Println()
	big := bufio.NewWriter(os.Stdout)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(big, "line %04d\n", i)
	}
	big.Flush()
	ew := bufio.NewWriter(os.Stderr)
	fmt.Fprintln(ew, "to stderr via bufio")
	ew.Flush()
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	bw.WriteString("into builder")
	fmt.Println(sb.Len())
	bw.Flush()
	fmt.Println(sb.String())
}
