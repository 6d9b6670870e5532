// A panic string containing a newline: continuation lines are indented.
package main

import "os"

func main() {
	os.Stdout.WriteString("out\n")
	panic("line one\nline two")
}
