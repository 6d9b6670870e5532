// Package rand (math/rand/v2) implements pseudo-random number generators:
// the PCG and ChaCha8 sources (bit-exact with Go's, so seeded sequences
// match) and the Rand methods over any Source. The top-level functions use
// the runtime's random source.
//
// Natives: runtime_rand.
package rand

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
)

// runtime_rand returns 64 random bits from the runtime's per-process
// randomly seeded generator (the same contract as math/rand's native).
func runtime_rand() uint64

// A Source is a source of uniformly-distributed pseudo-random uint64
// values in the range [0, 1<<64).
type Source interface {
	Uint64() uint64
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a new Rand that uses random values from src to generate
// other random values.
func New(src Source) *Rand { return &Rand{src: src} }

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(r.src.Uint64() & math.MaxInt64) }

// Uint returns a pseudo-random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// below returns a uniform value in [0, n) for n > 0, using the
// multiply-and-reject method so that no modulo bias remains.
func (r *Rand) below(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		limit := -n % n
		for lo < limit {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int64N returns a pseudo-random number in [0, n); it panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.below(uint64(n)))
}

// Uint64N returns a pseudo-random number in [0, n); it panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.below(n)
}

// Int32N returns a pseudo-random number in [0, n); it panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.below(uint64(n)))
}

// Uint32N returns a pseudo-random number in [0, n); it panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.below(uint64(n)))
}

// IntN returns a pseudo-random number in [0, n); it panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.below(uint64(n)))
}

// UintN returns a pseudo-random number in [0, n); it panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.below(uint64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()&(1<<53-1)) / (1 << 53)
}

// Float32 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()&(1<<24-1)) / (1 << 24)
}

// Perm returns a pseudo-random permutation of the integers [0, n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle pseudo-randomizes the order of n elements using swap; it panics
// if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.below(uint64(i+1))))
	}
}

const (
	normR = 3.442619855899
	expR  = 7.69711747013104972
)

// NormFloat64 returns a normally distributed float64 in [-MaxFloat64,
// +MaxFloat64] with mean 0 and standard deviation 1 (ziggurat method).
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		j := int32(u)
		i := u >> 32 & 0x7F
		x := float64(j) * float64(wn[i])
		aj := uint32(j)
		if j < 0 {
			aj = uint32(-j)
		}
		if aj < kn[i] {
			return x
		}
		if i == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / normR)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normR + x
			}
			return -normR - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in (0,
// +MaxFloat64] with rate 1 (ziggurat method).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		j := uint32(u)
		i := uint8(u >> 32)
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return expR - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// ---- top-level functions over the runtime source ----

type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtime_rand() }

var global = &Rand{src: runtimeSource{}}

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func Int64() int64 { return global.Int64() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func Uint32() uint32 { return global.Uint32() }

// Uint64N returns a pseudo-random number in [0, n); it panics if n == 0.
func Uint64N(n uint64) uint64 { return global.Uint64N(n) }

// Uint32N returns a pseudo-random number in [0, n); it panics if n == 0.
func Uint32N(n uint32) uint32 { return global.Uint32N(n) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func Uint64() uint64 { return global.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func Int32() int32 { return global.Int32() }

// Int returns a non-negative pseudo-random int.
func Int() int { return global.Int() }

// Uint returns a pseudo-random uint.
func Uint() uint { return global.Uint() }

// Int64N returns a pseudo-random number in [0, n); it panics if n <= 0.
func Int64N(n int64) int64 { return global.Int64N(n) }

// Int32N returns a pseudo-random number in [0, n); it panics if n <= 0.
func Int32N(n int32) int32 { return global.Int32N(n) }

// IntN returns a pseudo-random number in [0, n); it panics if n <= 0.
func IntN(n int) int { return global.IntN(n) }

// UintN returns a pseudo-random number in [0, n); it panics if n == 0.
func UintN(n uint) uint { return global.UintN(n) }

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N returns a pseudo-random number in [0, n) of any integer type; it
// panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(global.below(uint64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func Float64() float64 { return global.Float64() }

// Float32 returns a pseudo-random number in [0.0, 1.0).
func Float32() float32 { return global.Float32() }

// Perm returns a pseudo-random permutation of the integers [0, n).
func Perm(n int) []int { return global.Perm(n) }

// Shuffle pseudo-randomizes the order of n elements using swap.
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }

// NormFloat64 returns a normally distributed float64 with mean 0 and
// standard deviation 1.
func NormFloat64() float64 { return global.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 with rate 1.
func ExpFloat64() float64 { return global.ExpFloat64() }

// ---- PCG ----

// A PCG is a PCG generator with 128 bits of internal state (a 128-bit LCG
// with the DXSM output permutation).
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a new PCG seeded with the given values.
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{seed1, seed2} }

// Seed resets the PCG to behave the same way as NewPCG(seed1, seed2).
func (p *PCG) Seed(seed1, seed2 uint64) { p.hi, p.lo = seed1, seed2 }

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (p *PCG) MarshalBinary() ([]byte, error) {
	b := append([]byte("pcg:"), make([]byte, 16)...)
	binary.BigEndian.PutUint64(b[4:], p.hi)
	binary.BigEndian.PutUint64(b[12:], p.lo)
	return b, nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errors.New("invalid PCG encoding")
	}
	p.hi = binary.BigEndian.Uint64(data[4:])
	p.lo = binary.BigEndian.Uint64(data[12:])
	return nil
}

// Uint64 returns a uniformly-distributed random uint64 value.
func (p *PCG) Uint64() uint64 {
	// state = state * mul + inc (mod 2^128)
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo := bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	var carry uint64
	lo, carry = bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, carry)
	p.hi, p.lo = hi, lo
	// DXSM output permutation.
	hi ^= hi >> 32
	hi *= 0xda942042e4dd58b5
	hi ^= hi >> 48
	return hi * (lo | 1)
}
