// Division and remainder truncate toward zero, for every width, including
// negative operands and MinInt / -1.
package main

import (
	"fmt"
	"math"
)

func div8(a, b int8) (int8, int8)     { return a / b, a % b }
func div16(a, b int16) (int16, int16) { return a / b, a % b }
func div32(a, b int32) (int32, int32) { return a / b, a % b }
func div64(a, b int64) (int64, int64) { return a / b, a % b }
func divi(a, b int) (int, int)        { return a / b, a % b }

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}, {-1, 5}, {100, 7}, {-100, 7}, {127, -1}, {-128, 1}}
	for _, p := range pairs {
		q8, r8 := div8(int8(p[0]), int8(p[1]))
		q16, r16 := div16(int16(p[0]), int16(p[1]))
		q32, r32 := div32(int32(p[0]), int32(p[1]))
		q64, r64 := div64(int64(p[0]), int64(p[1]))
		q, r := divi(p[0], p[1])
		fmt.Println(p[0], p[1], "->", q8, r8, q16, r16, q32, r32, q64, r64, q, r)
	}
	// MinInt / -1 wraps to MinInt, remainder 0
	fmt.Println(div8(math.MinInt8, -1))
	fmt.Println(div16(math.MinInt16, -1))
	fmt.Println(div32(math.MinInt32, -1))
	fmt.Println(div64(math.MinInt64, -1))
	fmt.Println(divi(math.MinInt, -1))

	// unsigned
	var a8, b8 uint8 = 250, 7
	var a16, b16 uint16 = 65000, 13
	var a32, b32 uint32 = 4000000000, 7
	var a64, b64 uint64 = 18446744073709551615, 10
	var ap, bp uintptr = 1000, 33
	fmt.Println(a8/b8, a8%b8, a16/b16, a16%b16, a32/b32, a32%b32, a64/b64, a64%b64, ap/bp, ap%bp)
	var big uint64 = 1 << 63
	fmt.Println(big/3, big%3, (big+12345)/1000000007, (big+12345)%1000000007)

	// large int64 values
	x := int64(-9007199254740993)
	fmt.Println(x/3, x%3, x/1000, x%1000, x/-7, x%-7)
	y := int64(math.MaxInt64)
	fmt.Println(y/2, y%2, y/-3, y%-3, y/1000000007, y%1000000007)

	// division by powers of two with negative operands
	for _, v := range []int{-1, -2, -3, -7, -8, -9, -15, -16, -17} {
		fmt.Print(v/2, v%2, v/4, v%4, v/8, v%8, v>>1, v>>2, " ")
	}
	fmt.Println()

	// constants
	const c = -7
	fmt.Println(c/2, c%2, c/-2, c%-2)
	// op-assign
	z := -100
	z /= 7
	fmt.Println(z)
	z %= 4
	fmt.Println(z)
}
