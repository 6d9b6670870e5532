// Reading stdin (piped) line by line with bufio.Scanner, and the rest with io.ReadAll.
package main

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n, sum := 0, 0
	for sc.Scan() {
		line := sc.Text()
		n++
		if line == "END" {
			break
		}
		for _, w := range strings.Fields(line) {
			if v, err := strconv.Atoi(w); err == nil {
				sum += v
			}
		}
	}
	os.Stdout.WriteString("lines " + strconv.Itoa(n) + " sum " + strconv.Itoa(sum) + "\n")
	rest, err := io.ReadAll(os.Stdin)
	os.Stdout.WriteString("rest " + strconv.Itoa(len(rest)) + " " + strconv.FormatBool(err == nil) + "\n")
	var buf [10]byte
	k, err := os.Stdin.Read(buf[:])
	os.Stdout.WriteString("eof " + strconv.Itoa(k) + " " + strconv.FormatBool(err == io.EOF) + "\n")
}
