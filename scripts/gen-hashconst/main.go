// gen-hashconst prints the MD5 sine table and the SHA-256 round constants
// (cube roots of the first 64 primes) used in src/lib/crypto/{md5,sha256}.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	fmt.Print("md5:")
	for i := 0; i < 64; i++ {
		if i%4 == 0 {
			fmt.Print("\n\t")
		}
		fmt.Printf("0x%08x, ", uint32(math.Floor(math.Abs(math.Sin(float64(i+1)))*(1<<32))))
	}
	fmt.Println()
	// sha256: fractional parts of cube roots of first 64 primes, exact via big.Float.
	fmt.Print("sha256:")
	n := 0
	for p := 2; n < 64; p++ {
		prime := true
		for d := 2; d*d <= p; d++ {
			if p%d == 0 {
				prime = false
			}
		}
		if !prime {
			continue
		}
		// integer cube root of p * 2^96 gives cbrt(p) * 2^32
		x := new(big.Int).Lsh(big.NewInt(int64(p)), 96)
		r := icbrt(x)
		if n%4 == 0 {
			fmt.Print("\n\t")
		}
		fmt.Printf("0x%08x, ", uint32(r.Uint64()))
		n++
	}
	fmt.Println()
	// sha512: 64-bit fractional parts of cube roots of the first 80 primes,
	// and of square roots of the first 16 primes (SHA-512 and SHA-384 IVs).
	var primes []int64
	for p := int64(2); len(primes) < 80; p++ {
		prime := true
		for d := int64(2); d*d <= p; d++ {
			if p%d == 0 {
				prime = false
			}
		}
		if prime {
			primes = append(primes, p)
		}
	}
	fmt.Print("sha512 K:")
	for i, p := range primes {
		if i%4 == 0 {
			fmt.Print("\n\t")
		}
		r := iroot(new(big.Int).Lsh(big.NewInt(p), 192), 3)
		fmt.Printf("0x%016x, ", new(big.Int).And(r, mask64()).Uint64())
	}
	fmt.Println()
	fmt.Print("sha512 sqrt IVs:")
	for i, p := range primes[:16] {
		if i%4 == 0 {
			fmt.Print("\n\t")
		}
		r := iroot(new(big.Int).Lsh(big.NewInt(p), 128), 2)
		fmt.Printf("0x%016x, ", new(big.Int).And(r, mask64()).Uint64())
	}
	fmt.Println()
}

func mask64() *big.Int { return new(big.Int).SetUint64(^uint64(0)) }

// iroot returns the integer k-th root of x.
func iroot(x *big.Int, k int) *big.Int {
	lo, hi := big.NewInt(0), new(big.Int).Lsh(big.NewInt(1), 128)
	one := big.NewInt(1)
	for new(big.Int).Sub(hi, lo).Cmp(one) > 0 {
		mid := new(big.Int).Rsh(new(big.Int).Add(lo, hi), 1)
		c := new(big.Int).Exp(mid, big.NewInt(int64(k)), nil)
		if c.Cmp(x) <= 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

func icbrt(x *big.Int) *big.Int {
	lo, hi := big.NewInt(0), new(big.Int).Lsh(big.NewInt(1), 64)
	one := big.NewInt(1)
	for new(big.Int).Sub(hi, lo).Cmp(one) > 0 {
		mid := new(big.Int).Rsh(new(big.Int).Add(lo, hi), 1)
		c := new(big.Int).Mul(mid, new(big.Int).Mul(mid, mid))
		if c.Cmp(x) <= 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}
