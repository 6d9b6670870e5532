// os.Args from the command line.
package main

import (
	"os"
	"strconv"
)

func main() {
	os.Stdout.WriteString(strconv.Itoa(len(os.Args)) + "\n")
	for i, a := range os.Args[1:] {
		os.Stdout.WriteString(strconv.Itoa(i+1) + " " + strconv.Quote(a) + "\n")
	}
}
