// Conversions float <-> int, including negative and large values.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.7, 2.7, 1e9, -1e9, 1e15 + 0.5, 9007199254740993, -123456789.987} {
		fmt.Println(f, int(f), int64(f), int32(int64(f)), int8(int64(f)), uint8(int64(f)))
	}
	for _, f := range []float64{0, 1.9, 255.9, 65535.5, 4294967295.5, 1e19, 1.8446744073709550e19} {
		fmt.Println(f, uint64(f), uint32(uint64(f)))
	}
	// int -> float
	for _, i := range []int64{0, 1, -1, 1<<53 + 1, -(1<<53 + 1), math.MaxInt64, math.MinInt64, 123456789012345678} {
		fmt.Println(i, float64(i), float32(i))
	}
	var u uint64 = math.MaxUint64
	fmt.Println(float64(u), float32(u), float64(u>>11), float64(u-1<<10))
	var u2 uint64 = 1<<63 + 1<<11 + 1
	fmt.Println(float64(u2), uint64(float64(u2)))
	// small ints
	var i8 int8 = -100
	var u16 uint16 = 60000
	fmt.Println(float64(i8), float32(u16), float64(i8)/3, int8(float64(i8)/3))
	// float32 <-> float64
	f := 0.1
	f32 := float32(f)
	fmt.Println(f32, float64(f32), float64(f32) == f, float32(float64(f32)) == f32)
	big := 3.4e38
	fmt.Println(float32(big), float32(big*2), float32(-big*2), float32(1e-50))
	// truncation toward zero
	n399, p399, n01, p79 := -3.99, 3.99, -0.1, 7.9
	fmt.Println(int(n399), int(p399), int64(n01), uint(p79))
	// rounding functions with conversion
	fmt.Println(int(math.Round(2.5)), int(math.Round(-2.5)), int(math.Floor(-2.5)), int(math.Ceil(-2.5)), int(math.Trunc(-2.5)), math.RoundToEven(2.5))
	// float bits
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x400921fb54442d18), math.Float32frombits(0x40490fdb))
	fmt.Printf("%x %x\n", math.Float64bits(-0.1), math.Float32bits(-0.1))
}
