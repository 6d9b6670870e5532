// math/rand/v2's top-level functions (the runtime_rand native) stay in range
// and vary; seeded generators give Go's sequences.
package main

import (
	"math/rand/v2"
	"os"
	"strconv"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 10000; i++ {
		v := rand.IntN(10)
		if v < 0 || v >= 10 {
			ok = false
		}
		seen[v] = true
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int64() < 0 || rand.Uint32() > 1<<32-1 {
			ok = false
		}
	}
	say("ranges " + strconv.FormatBool(ok) + " all values " + strconv.Itoa(len(seen)))
	a, b := rand.Uint64(), rand.Uint64()
	say("differ " + strconv.FormatBool(a != b))
	p := rand.New(rand.NewPCG(1, 2))
	say("pcg " + strconv.FormatUint(p.Uint64(), 10) + " " + strconv.Itoa(p.IntN(100)))
	perm := rand.Perm(5)
	sum := 0
	for _, v := range perm {
		sum += v
	}
	say("perm sum " + strconv.Itoa(sum))
}
