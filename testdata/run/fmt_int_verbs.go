// fmt verbs on integers of every kind, with flags, width and precision.
package main

import "fmt"

type MyInt int16

func main() {
	ints := []interface{}{0, 42, -42, int8(-128), int16(1000), int32(-70000), int64(1) << 40, uint8(255), uint16(65535), uint32(1 << 31), uint64(1<<64 - 1), uintptr(4096), MyInt(-7), 'A', byte('z')}
	for _, v := range ints {
		fmt.Printf("%v|%d|%b|%o|%O|%x|%X|%#x|%#o|%#b|%T\n", v, v, v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []int{0, 7, -7, 123456} {
		fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+05d][%-+6d][%.3d][%6.3d][%-8.4x][%08b]\n", v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%c %c %c %c %q %q %q %U %#U %U\n", 65, 0x4e16, 'é', -1, 'x', '\n', 0x1f600, 0x1f600, 'ä', -1)
	fmt.Printf("%x %X %#X % x\n", -255, -255, 255, 255)
	fmt.Printf("%*d|%-*d|%.*d|%*.*d\n", 6, 1, 6, 2, 4, 3, 8, 5, 4)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 255}, []uint16{4096})
	fmt.Printf("%v %d\n", true, true)
	fmt.Printf("%s|%q\n", 42, 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!|%z|%%\n", 3)
	fmt.Printf("%t %t %v %5t|%-6t|\n", true, false, false, true, false)
	fmt.Printf("%08.3d|%+.0d|%.0d|% .0d|\n", 42, 0, 0, 0)
	fmt.Printf("%x %x\n", int64(-1<<63), uint64(1<<63))
	fmt.Printf("%o %#o %O\n", 8, 8, -8)
	fmt.Printf("%#v %#v %#v %#v\n", 42, int8(-1), uint(7), MyInt(3))
	fmt.Printf("%6.2v|\n", 1234)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[5]d\n", 1)
}
