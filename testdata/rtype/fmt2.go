package main

import (
	"errors"
	"fmt"
	"strings"
)

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprint("PS#", p.n) }

type Bad struct{}

func (Bad) String() string { panic("oops") }

type NilS struct{ x int }

func (n *NilS) String() string { return "nils" }

type Animal interface{ Sound() string }
type Dog struct{ Name string }

func (d Dog) Sound() string { return "woof" }

type Base struct{ ID int }
type Derived struct {
	Base
	Name string
	Ptr  *Base
}

type Matrix [2][2]int

type G struct {
	Err error
	S   fmt.Stringer
	F   func()
	Ch  chan int
}

type Enum int

const (
	A Enum = iota
	B
)

func (e Enum) String() string { return [...]string{"A", "B"}[e] }

func main() {
	fmt.Println(&PS{3}, PS{4}, []*PS{{5}})
	fmt.Printf("%v|%s|%d\n", &PS{6}, &PS{7}, &PS{8})
	fmt.Println(Bad{})
	var ns *NilS
	fmt.Println(ns)
	fmt.Printf("%v %s\n", ns, ns)
	var a Animal = Dog{"rex"}
	fmt.Printf("%v %+v %#v %T\n", a, a, a, a)
	d := Derived{Base{1}, "d", nil}
	fmt.Printf("%v %+v %#v\n", d, d, d)
	fmt.Println(Matrix{{1, 2}, {3, 4}})
	fmt.Printf("%v %#v\n", Matrix{{1, 2}, {3, 4}}, Matrix{})
	fmt.Printf("%v %+v\n", G{}, G{Err: errors.New("e")})
	fmt.Println(A, B, []Enum{B, A}, map[Enum]int{B: 2, A: 1})
	fmt.Printf("%d %v %s %x %q\n", B, B, B, B, B)
	fmt.Println(map[any]int{"b": 1, "a": 3, "c": 2}, map[any]int{2: 2, 1: 4, -1: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println([]error{errors.New("x"), nil})
	errs := errors.Join(errors.New("e1"), errors.New("e2"))
	fmt.Println(errs)
	fmt.Printf("%5.2f%%|%v|%x|%X|% X\n", 99.5, "", "Hi", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%v %v %v\n", int64(-1), ^uint32(0), [3]byte{1, 2, 3})
	fmt.Printf("%s|%v|%q\n", []string{"a"}, [][]int{{1}, {2, 3}}, 'x')
	fmt.Printf("%08b|%3c|%-4q|%#o|%#b\n", 5, 'z', 'y', 8, 5)
	fmt.Printf("%e|%.3e|%g|%g|%g|%.3g|%g\n", 0.0, 123456.0, 1e6, 1e-7, 123456789.0, 3.14159, float32(1)/3)
	fmt.Printf("%v|%v|%v|%.1f\n", 1e6, 1e-4, 123456789.0, 0.05)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s-%d", "n", 1)
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%v %v\n", struct {
		A *int
		B []string
	}{}, &struct{ X, Y int }{1, 2})
	fmt.Printf("%+v\n", &Derived{Name: "q"})
	type Tree struct {
		L, R *Tree
		V    int
	}
	fmt.Printf("%v\n", Tree{V: 1})
	fmt.Printf("%#v\n", Tree{V: 1})
	fmt.Println(fmt.Sprintf("%6.3v|%-8v|%8v", "abcdef", "ab", true))
	fmt.Printf("%v\n", [][]string{{"a"}, nil, {}})
	fmt.Printf("%#v\n", [][]string{{"a"}, nil, {}})
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint(3), 2.0e30)
	fmt.Printf("%#v\n", map[string]any{"k": []int{1}, "a": nil})
	sl := []int{1}
	fmt.Printf("%v|%d\n", &sl, &[2]int{1, 2})
	fmt.Printf("%t %t\n", 1, "x")
}
