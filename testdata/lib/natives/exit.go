// os.Exit ends the program at once: buffered output is flushed, deferred calls do not run.
package main

import (
	"bufio"
	"os"
)

func main() {
	defer os.Stdout.WriteString("deferred: must not run\n")
	os.Stdout.WriteString("before exit\n")
	os.Stderr.WriteString("stderr before exit\n")
	w := bufio.NewWriter(os.Stdout)
	w.WriteString("never flushed\n")
	println("println before exit")
	os.Exit(3)
}
