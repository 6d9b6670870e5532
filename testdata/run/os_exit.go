// os.Exit(3): deferred calls do not run, output already written through
// fmt and explicitly flushed buffers appears, an unflushed bufio.Writer's
// content is lost.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("stdout before exit")
	fmt.Fprintln(os.Stderr, "stderr before exit")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "flushed through bufio")
	w.Flush()
	lost := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(lost, "never flushed: lost")
	func() {
		defer fmt.Println("inner deferred: never printed")
		os.Exit(3)
	}()
	fmt.Println("unreachable")
}
