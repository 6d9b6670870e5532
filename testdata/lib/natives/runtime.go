// runtime and runtime/debug natives with one goroutine and no collector yet.
package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

type T struct{ x [4]int }

func main() {
	say(runtime.GOOS + "/" + runtime.GOARCH + " " + runtime.Compiler)
	say("goroutines " + strconv.Itoa(runtime.NumGoroutine()))
	n := runtime.NumCPU()
	say("numcpu ok " + strconv.FormatBool(n >= 1))
	say("gomaxprocs default " + strconv.FormatBool(runtime.GOMAXPROCS(0) == n))
	say("gomaxprocs prev " + strconv.FormatBool(runtime.GOMAXPROCS(3) == n))
	say("gomaxprocs now " + strconv.Itoa(runtime.GOMAXPROCS(0)))
	runtime.GOMAXPROCS(n)
	runtime.GC()
	runtime.Gosched()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	var keep []*T
	for i := 0; i < 1000; i++ {
		keep = append(keep, &T{})
	}
	runtime.KeepAlive(keep)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	say("memstats " + strconv.FormatBool(m.Alloc > 0 && m.TotalAlloc >= m.Alloc && m.Sys >= m.HeapSys && m.Mallocs >= 1000 && m.HeapObjects > 0 && m.HeapInuse > 0 && m.EnableGC))
	say("bysize " + strconv.Itoa(int(m.BySize[1].Size)) + " " + strconv.Itoa(int(m.BySize[60].Size)))
	t := &T{}
	runtime.SetFinalizer(t, func(*T) {})
	runtime.SetFinalizer(t, nil)
	say("gcpercent " + strconv.Itoa(debug.SetGCPercent(50)) + " " + strconv.Itoa(debug.SetGCPercent(-1)) + " " + strconv.Itoa(debug.SetGCPercent(100)))
	say("maxstack " + strconv.Itoa(debug.SetMaxStack(1<<20)) + " " + strconv.Itoa(debug.SetMaxStack(1e9)))
	say("maxthreads " + strconv.Itoa(debug.SetMaxThreads(100)) + " " + strconv.Itoa(debug.SetMaxThreads(10000)))
	say("panicOnFault " + strconv.FormatBool(debug.SetPanicOnFault(true)) + " " + strconv.FormatBool(debug.SetPanicOnFault(false)))
	say("memlimit " + strconv.FormatInt(debug.SetMemoryLimit(1<<30), 10) + " " + strconv.FormatInt(debug.SetMemoryLimit(-1), 10))
	debug.FreeOSMemory()
	_, _, _, ok := runtime.Caller(0)
	_ = ok
	say("done")
}
