// Constants and untyped constant expressions.
package main

import (
	"fmt"
	"math"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const huge = 1 << 100
const big = huge >> 98
const fl = 1.0 / 3
const mixed = 7 / 2 * 2.0
const mixed2 = 7.0 / 2 * 2

type Bits uint8

const (
	B0 Bits = 1 << iota
	B1
	B2
	B3
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(big, huge>>90, huge/(huge>>3))
	fmt.Println(fl, mixed, mixed2, 7/2, 7.0/2, 'a'+1, 'a'*2.0)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8)
	fmt.Println(B0|B2, B3, B0|B1|B2|B3, ^B0)
	const c = 'x'
	var r rune = c
	var b byte = c
	var f float64 = c
	fmt.Println(r, b, f)
	const typed int16 = 1000
	fmt.Println(typed*30, typed/7)
	var i int = 1e9
	fmt.Println(i, 1e3, int64(1e18))
	const s = "const" + "ant"
	fmt.Println(s, len(s), len("héllo"))
	const bigf = 1e300 * 1e300 / 1e300
	fmt.Println(bigf)
	fmt.Println(math.Pi, float32(math.Pi), math.E)
	fmt.Println(-5 >> 1, -5 / 2, -5 % 2, 5 &^ 3, ^5, ^-1)
	const cx = 2i * 2i
	fmt.Println(cx, real(cx))
	fmt.Printf("%T %T %T %T %T\n", 1, 1.0, 'a', 1i, "s")
	fmt.Println(uint8(255)+0, int8(-128)/1)
	var u uint = 1<<64 - 1
	fmt.Println(u)
}
