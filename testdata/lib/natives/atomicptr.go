// The generic atomic.Pointer[T].
package main

import (
	"os"
	"strconv"
	"sync/atomic"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	var ip atomic.Pointer[int]
	x, y := 1, 2
	say("ptr nil " + strconv.FormatBool(ip.Load() == nil))
	ip.Store(&x)
	say("ptr cas " + strconv.FormatBool(ip.CompareAndSwap(&y, &y)) + " " + strconv.FormatBool(ip.CompareAndSwap(&x, &y)) + " " + strconv.Itoa(*ip.Load()))
	say("ptr swap " + strconv.Itoa(*ip.Swap(&x)))
}
