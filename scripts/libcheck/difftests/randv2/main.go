// Differential test: math/rand/v2 (seeded PCG and ChaCha8 streams, every
// Rand method, marshaling).
package main

import (
	"fmt"
	"math/rand/v2"
	"os"

	grand "gotslib/math/rand/v2"
)

var fails int

func check(what string, want, got any) {
	if fmt.Sprint(want) != fmt.Sprint(got) {
		fails++
		if fails < 30 {
			fmt.Printf("%s:\n\twant %v\n\tgot  %v\n", what, want, got)
		}
	}
}

func run(r *rand.Rand) []any {
	var out []any
	for i := 0; i < 200; i++ {
		n := i*i*7919 + 1
		out = append(out, r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint(),
			r.Int64N(int64(n)), r.Uint64N(uint64(n)*1e12+3), r.Int32N(int32(n%1e9+1)), r.Uint32N(uint32(n)), r.IntN(n), r.UintN(uint(n)),
			r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64(), r.Uint64N(1<<40), r.IntN(1<<20))
	}
	out = append(out, r.Perm(20))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	out = append(out, s)
	z := rand.NewZipf(r, 1.5, 2, 1000)
	for i := 0; i < 50; i++ {
		out = append(out, z.Uint64())
	}
	return out
}

func grun(r *grand.Rand) []any {
	var out []any
	for i := 0; i < 200; i++ {
		n := i*i*7919 + 1
		out = append(out, r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint(),
			r.Int64N(int64(n)), r.Uint64N(uint64(n)*1e12+3), r.Int32N(int32(n%1e9+1)), r.Uint32N(uint32(n)), r.IntN(n), r.UintN(uint(n)),
			r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64(), r.Uint64N(1<<40), r.IntN(1<<20))
	}
	out = append(out, r.Perm(20))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	out = append(out, s)
	z := grand.NewZipf(r, 1.5, 2, 1000)
	for i := 0; i < 50; i++ {
		out = append(out, z.Uint64())
	}
	return out
}

func main() {
	for seed := uint64(0); seed < 5; seed++ {
		check(fmt.Sprint("PCG ", seed), run(rand.New(rand.NewPCG(seed, seed*77+1))), grun(grand.New(grand.NewPCG(seed, seed*77+1))))
		var key [32]byte
		for i := range key {
			key[i] = byte(seed*31 + uint64(i))
		}
		check(fmt.Sprint("ChaCha8 ", seed), run(rand.New(rand.NewChaCha8(key))), grun(grand.New(grand.NewChaCha8(key))))
		c1, c2 := rand.NewChaCha8(key), grand.NewChaCha8(key)
		for i := 0; i < 1000; i++ {
			if a, b := c1.Uint64(), c2.Uint64(); a != b {
				check(fmt.Sprint("ChaCha8 long stream ", seed, " at ", i), a, b)
				break
			}
		}
		b1, b2 := make([]byte, 13), make([]byte, 13)
		c1.Read(b1)
		c2.Read(b2)
		check("ChaCha8 Read", b1, b2)
		m1, _ := c1.MarshalBinary()
		m2, _ := c2.MarshalBinary()
		check("ChaCha8 Marshal", m1, m2)
		c3 := new(grand.ChaCha8)
		check("ChaCha8 Unmarshal err", nil, c3.UnmarshalBinary(m1))
		check("ChaCha8 after Unmarshal", c1.Uint64(), c3.Uint64())
		p1, p2 := rand.NewPCG(seed, 9), grand.NewPCG(seed, 9)
		p1.Uint64()
		p2.Uint64()
		pm1, _ := p1.MarshalBinary()
		pm2, _ := p2.MarshalBinary()
		check("PCG Marshal", pm1, pm2)
	}
	check("bad unmarshal", fmt.Sprint(new(rand.ChaCha8).UnmarshalBinary([]byte("x"))), fmt.Sprint(new(grand.ChaCha8).UnmarshalBinary([]byte("x"))))
	check("bad pcg", fmt.Sprint(new(rand.PCG).UnmarshalBinary([]byte("x"))), fmt.Sprint(new(grand.PCG).UnmarshalBinary([]byte("x"))))
	// Top-level functions: ranges only.
	for i := 0; i < 1000; i++ {
		if v := grand.IntN(10); v < 0 || v >= 10 {
			check("IntN range", "ok", v)
		}
		if v := grand.N[int8](5); v < 0 || v >= 5 {
			check("N range", "ok", v)
		}
		if f := grand.Float64(); f < 0 || f >= 1 {
			check("Float64 range", "ok", f)
		}
	}
	func() {
		defer func() { check("IntN(0) panic", "invalid argument to IntN", fmt.Sprint(recover())) }()
		grand.IntN(0)
	}()
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}
