// Interfaces: dynamic dispatch over several types, embedded interfaces,
// struct values vs pointers in interfaces.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r Rect) Name() string        { return "rect" }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string     { return "circle" }
func (s Square) Name() string      { return "square" }

type Counter interface{ Inc() int }
type ValCounter struct{ n int }
type PtrCounter struct{ n int }

func (c ValCounter) Inc() int  { c.n++; return c.n }
func (c *PtrCounter) Inc() int { c.n++; return c.n }

type MyInt int

func (m MyInt) Name() string { return fmt.Sprint("myint ", int(m)) }

type Fn func() string

func (f Fn) Name() string { return f() }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}}
	for _, s := range shapes {
		fmt.Printf("%s %.3f %.3f\n", s.Name(), s.Area(), s.Perimeter())
	}
	var plain []Shape
	for _, s := range shapes {
		plain = append(plain, s)
	}
	fmt.Printf("%.4f\n", total(plain))
	var n Named = MyInt(7)
	fmt.Println(n.Name())
	n = Fn(func() string { return "from func" })
	fmt.Println(n.Name())
	n = shapes[1]
	fmt.Println(n.Name())
	// value in interface is a copy
	r := Rect{1, 1}
	var s Shape = r
	r.W = 100
	fmt.Println(s.Area(), r.Area())
	// pointer in interface shares
	c := &Circle{1}
	s = c
	c.R = 2
	fmt.Printf("%.4f\n", s.Area())
	// value vs pointer receivers through interfaces
	var vc Counter = ValCounter{}
	fmt.Println(vc.Inc(), vc.Inc())
	pc := &PtrCounter{}
	var ic Counter = pc
	fmt.Println(ic.Inc(), ic.Inc(), pc.n)
	var vp Counter = &ValCounter{}
	fmt.Println(vp.Inc(), vp.Inc())
	// nil interface vs interface holding nil pointer
	var nilShape Shape
	var nilCircle *Circle
	fmt.Println(nilShape == nil)
	nilShape = nilCircle
	fmt.Println(nilShape == nil, nilShape != nil)
	// interface to interface assignment and method value from interface
	var sh Shape = shapes[0]
	area := sh.Area
	sh = shapes[1]
	fmt.Println(area(), sh.Area() > 12)
	// method expression through interface type
	nameOf := Named.Name
	fmt.Println(nameOf(MyInt(3)), NamedShape.Name(Rect{}))
	fmt.Printf("%v %+v %T %T\n", shapes[0], shapes[2], shapes[1], n)
}
