package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
	Name string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Code int

func (c *Code) Error() string { return fmt.Sprintf("code %d", int(*c)) }

type Inner struct {
	A []int
	M map[string]int
}

type Outer struct {
	In    Inner
	P     *Point
	F     float64
	B     bool
	Any   any
	small uint8
	T     Temp
	E     error
}

type List []Point

func main() {
	fmt.Println("Hello, 世界", 42, -7, 3.5, true, nil, 'x', "")
	fmt.Println(int8(-5), uint64(18446744073709551615), int64(-9223372036854775808), uintptr(10))
	fmt.Println(1e21, 1e20, 0.1, 1.0/3, float32(0.1), 2.5e-7, 100.0, -0.0, 1e-5)
	p := Point{1, 2, "pt"}
	fmt.Println(p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%v %+v %#v\n", &p, &p, []*Point{nil})
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, [2]bool{true, false}, []any{1, "a", nil, 2.5})
	fmt.Println(map[string]int{"z": 26, "a": 1, "m": 13}, map[int]string{3: "c", -1: "a", 2: "b"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%v %#v\n", map[Point]int{{2, 1, "b"}: 1, {1, 2, "a"}: 2}, map[string]int{"z": 26, "a": 1})
	fmt.Printf("%#v %#v %#v\n", []string{"a", "b"}, [2]int{1, 2}, List{{1, 2, "x"}})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "s", 1.0, uint8(7), any(nil))
	fmt.Printf("%#v %#v\n", []int(nil), map[string]int(nil))
	e1 := errors.New("boom")
	c := Code(7)
	fmt.Println(e1, &c)
	var err error = &c
	fmt.Printf("%v|%s|%q|%d\n", err, err, err, c)
	fmt.Println(Temp(21.5), []Temp{1, 2}, map[string]Temp{"k": 3})
	fmt.Printf("%v %s %d\n", Temp(1), Temp(2), Temp(3))
	o := Outer{In: Inner{A: []int{1}, M: map[string]int{"k": 1, "a": 0}}, F: 1.5, B: true, Any: 42, small: 7, T: 20, E: e1}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%O|%b|%c|%U|%#x\n", 42, 42, 42, -42, 255, 255, 8, 8, 5, 'A', 0x1F600, 255)
	fmt.Printf("%s|%q|%10s|%-10s|%x|% x|%.2s\n", "str", "q\"s", "r", "l", "hex", "hex", "abc")
	fmt.Printf("%f|%.2f|%e|%g|%G|%8.3f|%-8.2f|%+.1e\n", 3.14159, 3.14159, 1234.5678, 0.000012345, 1e100, 2.0/3, 1.5, 12345.678)
	fmt.Printf("%t|%v|%08.3f|%+d|% d|%x|%X\n", true, false, 3.14159, 5, 5, []byte("hi"), "hi")
	fmt.Printf("%v %d %s\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%T %T %T %T %T %T %T\n", p, &p, []int{}, map[string]bool{}, err, nil, Temp(0))
	fmt.Printf("%!|%d|%d %d|%z\n", "str", 1, 2)
	var np *Point
	fmt.Println(np, []int(nil), map[string]int(nil))
	fmt.Printf("%v %+v %s\n", np, np, nil)
	fmt.Println(complex(1, 2), complex64(complex(-1.5, 0.5)))
	type T2 struct {
		a int
		b string
		c []float64
	}
	fmt.Printf("%#v\n", T2{1, "x", []float64{0.5}})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	s := fmt.Sprintf("%v|%d|%s|%6.2f|%-4d|", []any{1, "a"}, []int{1, 2}, []string{"x"}, 3.14159, 7)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
	fmt.Print("print ", 1, " ", 2.5, "\n")
	fmt.Fprintln(os.Stdout, "to stdout", p)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "n", 3)
	fmt.Printf("%[2]d %[1]d %*d|%-*d|\n", 1, 2, 4, 7, 3, 8)
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, int32(-1), uint16(65535))
	fmt.Printf("%q %v %d\n", []string{"a b", "c"}, 'x', '世')
}
