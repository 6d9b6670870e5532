// time.AfterFunc's timer, stopped before it fires.
package main

import (
	"os"
	"strconv"
	"time"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	af := time.AfterFunc(time.Hour, func() { say("fired") })
	say("afterfunc stop " + strconv.FormatBool(af.Stop()))
	af.Reset(time.Hour)
	say("afterfunc stop again " + strconv.FormatBool(af.Stop()))
}
