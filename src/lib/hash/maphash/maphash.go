// Package maphash provides seeded hash functions on byte sequences, for
// hash tables and similar structures. Results differ between processes (the
// seeds are random). Pure Go, no natives; seeds come from math/rand's
// randomly seeded global source.
package maphash

import "math/rand"

// A Seed is a random value that selects the specific hash function
// computed by a Hash. The zero Seed is not valid.
type Seed struct {
	s uint64
}

// MakeSeed returns a new random seed.
func MakeSeed() Seed {
	for {
		if s := rand.Uint64(); s != 0 {
			return Seed{s: s}
		}
	}
}

const prime = 0x9e3779b97f4a7c15

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func (s Seed) check() {
	if s.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
}

// Bytes returns the hash of b with the given seed; it equals the Sum64 of
// a Hash with that seed after writing b.
func Bytes(seed Seed, b []byte) uint64 {
	seed.check()
	st := seed.s
	for _, c := range b {
		st = (st ^ uint64(c)) * prime
	}
	return mix(st ^ uint64(len(b))*0x9e3779b97f4a7c15)
}

// String returns the hash of s with the given seed; it equals the Sum64 of
// a Hash with that seed after writing s.
func String(seed Seed, s string) uint64 {
	seed.check()
	st := seed.s
	for i := 0; i < len(s); i++ {
		st = (st ^ uint64(s[i])) * prime
	}
	return mix(st ^ uint64(len(s))*0x9e3779b97f4a7c15)
}

// A Hash computes a seeded hash of a byte sequence. The zero Hash picks a
// random seed on first use.
type Hash struct {
	_     [0]func()
	seed  Seed
	state uint64
	n     uint64
}

func (h *Hash) init() {
	if h.seed.s == 0 {
		h.seed = MakeSeed()
		h.state = h.seed.s
	}
}

// WriteByte adds b to the sequence of bytes hashed by h. It never fails.
func (h *Hash) WriteByte(b byte) error {
	h.init()
	h.state = (h.state ^ uint64(b)) * prime
	h.n++
	return nil
}

// Write adds b to the sequence of bytes hashed by h. It always writes all
// of b and never fails.
func (h *Hash) Write(b []byte) (int, error) {
	h.init()
	st := h.state
	for _, c := range b {
		st = (st ^ uint64(c)) * prime
	}
	h.state = st
	h.n += uint64(len(b))
	return len(b), nil
}

// WriteString adds the bytes of s to the sequence of bytes hashed by h. It
// always writes all of s and never fails.
func (h *Hash) WriteString(s string) (int, error) {
	h.init()
	st := h.state
	for i := 0; i < len(s); i++ {
		st = (st ^ uint64(s[i])) * prime
	}
	h.state = st
	h.n += uint64(len(s))
	return len(s), nil
}

// Seed returns h's seed value.
func (h *Hash) Seed() Seed {
	h.init()
	return h.seed
}

// SetSeed sets h to use seed, which must have been returned by MakeSeed or
// by another Hash's Seed method, and resets the hashed sequence.
func (h *Hash) SetSeed(seed Seed) {
	seed.check()
	h.seed = seed
	h.state = seed.s
	h.n = 0
}

// Reset discards all bytes added to h, keeping its seed.
func (h *Hash) Reset() {
	h.init()
	h.state = h.seed.s
	h.n = 0
}

// Sum64 returns h's current 64-bit value, which depends on h's seed and
// the bytes added since the last Reset or SetSeed.
func (h *Hash) Sum64() uint64 {
	h.init()
	return mix(h.state ^ h.n*0x9e3779b97f4a7c15)
}

// Sum appends the hash's current 64-bit value (big-endian) to b.
func (h *Hash) Sum(b []byte) []byte {
	x := h.Sum64()
	return append(b, byte(x>>56), byte(x>>48), byte(x>>40), byte(x>>32), byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

// Size returns h's hash value size, 8 bytes.
func (h *Hash) Size() int { return 8 }

// BlockSize returns h's block size.
func (h *Hash) BlockSize() int { return 128 }
