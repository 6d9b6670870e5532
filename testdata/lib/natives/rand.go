// math/rand and math/rand/v2: the runtime-seeded top-level functions stay
// in range and vary; seeded generators give Go's sequences.
package main

import (
	"math/rand"
	randv2 "math/rand/v2"
	"os"
	"strconv"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 10000; i++ {
		v := rand.Intn(10)
		if v < 0 || v >= 10 {
			ok = false
		}
		seen[v] = true
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
		w := randv2.IntN(7)
		if w < 0 || w >= 7 {
			ok = false
		}
	}
	say("ranges " + strconv.FormatBool(ok) + " all values " + strconv.Itoa(len(seen)))
	a, b := randv2.Uint64(), randv2.Uint64()
	say("differ " + strconv.FormatBool(a != b))
	r := rand.New(rand.NewSource(42))
	s := ""
	for i := 0; i < 5; i++ {
		s += " " + strconv.Itoa(r.Intn(1000))
	}
	say("seeded" + s)
	p := randv2.New(randv2.NewPCG(1, 2))
	say("pcg " + strconv.FormatUint(p.Uint64(), 10) + " " + strconv.Itoa(p.IntN(100)))
	var seed [32]byte
	c := randv2.New(randv2.NewChaCha8(seed))
	say("chacha8 " + strconv.FormatUint(c.Uint64(), 10))
	perm := rand.Perm(5)
	sum := 0
	for _, v := range perm {
		sum += v
	}
	say("perm sum " + strconv.Itoa(sum))
}
