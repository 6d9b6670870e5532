//go:build ignore

// iface: a loop calling methods through an interface over several concrete
// types (value and pointer receivers), plus type switches and assertions.
// Usage: iface N. Prints checksums.

package main

import (
	"fmt"
	"os"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }
type Square struct{ s float64 }
type Circle struct{ r float64 }
type Triangle struct{ a, b, c float64 }

func (r Rect) Area() float64      { return r.w * r.h }
func (r Rect) Perimeter() float64 { return 2 * (r.w + r.h) }

func (s *Square) Area() float64      { return s.s * s.s }
func (s *Square) Perimeter() float64 { return 4 * s.s }

func (c Circle) Area() float64      { return 3.141592653589793 * c.r * c.r }
func (c Circle) Perimeter() float64 { return 2 * 3.141592653589793 * c.r }

func (t *Triangle) Area() float64 {
	// Heron's formula without math.Sqrt: the squared area, to keep it to calls and arithmetic.
	s := (t.a + t.b + t.c) / 2
	return s * (s - t.a) * (s - t.b) * (s - t.c) / 100
}
func (t *Triangle) Perimeter() float64 { return t.a + t.b + t.c }

type Counter interface{ Inc() int }

type IntCounter struct{ n int }

func (c *IntCounter) Inc() int { c.n++; return c.n }

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	shapes := make([]Shape, 0, 64)
	for i := 0; i < 64; i++ {
		f := float64(i%10 + 1)
		switch i % 4 {
		case 0:
			shapes = append(shapes, Rect{f, f + 1})
		case 1:
			shapes = append(shapes, &Square{f})
		case 2:
			shapes = append(shapes, Circle{f / 2})
		default:
			shapes = append(shapes, &Triangle{f + 2, f + 3, f + 4})
		}
	}
	area, perim := 0.0, 0.0
	for i := 0; i < n; i++ {
		s := shapes[i%len(shapes)]
		area += s.Area()
		perim += s.Perimeter()
	}
	fmt.Printf("area %.3f perimeter %.3f\n", area, perim)

	kinds := [4]int{}
	for i := 0; i < n/10; i++ {
		switch s := shapes[i%len(shapes)].(type) {
		case Rect:
			kinds[0] += int(s.w)
		case *Square:
			kinds[1] += int(s.s)
		case Circle:
			kinds[2]++
		default:
			if t, ok := s.(*Triangle); ok {
				kinds[3] += int(t.a)
			}
		}
	}
	fmt.Println("kinds:", kinds)

	var c Counter = &IntCounter{}
	x := 0
	for i := 0; i < n; i++ {
		x = c.Inc()
	}
	fmt.Println("counter:", x)
}
