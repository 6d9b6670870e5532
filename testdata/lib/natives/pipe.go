// os.Pipe within one goroutine: write, close the writer, read to EOF.
package main

import (
	"io"
	"os"
	"strconv"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		say(err.Error())
		return
	}
	w.WriteString("through ")
	w.Write([]byte("the pipe"))
	w.Close()
	b, err := io.ReadAll(r)
	say(strconv.Quote(string(b)) + " " + strconv.FormatBool(err == nil))
	r.Close()
	r, w, _ = os.Pipe()
	r.Close()
	_, err = w.WriteString("x")
	say("write without reader: " + err.Error())
}
