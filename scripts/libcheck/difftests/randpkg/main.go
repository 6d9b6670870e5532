// Differential test: math/rand seeded sequences.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"

	grand "gotslib/math/rand"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 20 {
			fmt.Printf("%s:\n\twant %v\n\tgot  %v\n", what, want, got)
		}
	}
}

func main() {
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, 2147483647, 2147483646} {
		r := rand.New(rand.NewSource(seed))
		g := grand.New(grand.NewSource(seed))
		for i := 0; i < 200; i++ {
			check("Int63", r.Int63(), g.Int63())
			check("Uint32", r.Uint32(), g.Uint32())
			check("Uint64", r.Uint64(), g.Uint64())
			check("Intn", r.Intn(1000), g.Intn(1000))
			check("Intn big", r.Intn(1<<40+3), g.Intn(1<<40+3))
			check("Int31n", r.Int31n(7), g.Int31n(7))
			check("Int63n", r.Int63n(1<<62+1), g.Int63n(1<<62+1))
			check("Float64", r.Float64(), g.Float64())
			check("Float32", r.Float32(), g.Float32())
			check("NormFloat64", r.NormFloat64(), g.NormFloat64())
			check("ExpFloat64", r.ExpFloat64(), g.ExpFloat64())
		}
		check("Perm", r.Perm(20), g.Perm(20))
		a, b := []int{1, 2, 3, 4, 5, 6, 7}, []int{1, 2, 3, 4, 5, 6, 7}
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		g.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		check("Shuffle", a, b)
		p1, p2 := make([]byte, 13), make([]byte, 13)
		r.Read(p1)
		g.Read(p2)
		check("Read", p1, p2)
		z1 := rand.NewZipf(r, 1.5, 2, 100)
		z2 := grand.NewZipf(g, 1.5, 2, 100)
		for i := 0; i < 20; i++ {
			check("Zipf", z1.Uint64(), z2.Uint64())
		}
	}
	rand.Seed(99)
	grand.Seed(99)
	for i := 0; i < 50; i++ {
		check("global Intn", rand.Intn(100), grand.Intn(100))
		check("global Float64", rand.Float64(), grand.Float64())
	}
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}
