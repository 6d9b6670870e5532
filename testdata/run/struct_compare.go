// Struct comparison, anonymous structs, struct literals, pointers to structs.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Inner struct{ V []int }

func newPoint(x, y int) *Point { return &Point{x, y} }

func main() {
	p1 := Point{1, 2}
	p2 := Point{X: 1, Y: 2}
	p3 := Point{Y: 1}
	fmt.Println(p1 == p2, p1 != p3, p3, Point{} == Point{0, 0})
	l1 := Line{p1, p3, "l"}
	l2 := Line{A: Point{1, 2}, B: Point{0, 1}, Label: "l"}
	fmt.Println(l1 == l2, l1)
	l2.B.X = 9
	fmt.Println(l1 == l2)
	// anonymous structs
	anon := struct {
		Name string
		Age  int
	}{"gopher", 13}
	fmt.Println(anon, anon.Name)
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	other := struct {
		Name string
		Age  int
	}{"gopher", 13}
	fmt.Println(anon == other)
	list := []struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}}
	for _, e := range list {
		fmt.Print(e.K, "=", e.V, " ")
	}
	fmt.Println()
	var empty struct{}
	fmt.Println(empty, empty == struct{}{})
	// pointers
	pp := newPoint(3, 4)
	pp.X++
	q := pp
	q.Y = 40
	fmt.Println(*pp, pp.X, pp == q, *pp == Point{4, 40})
	r := *pp
	r.X = 0
	fmt.Println(pp.X, r.X)
	// pointers to fields and elements
	px := &pp.Y
	*px = 5
	fmt.Println(pp.Y)
	arr := []Point{{1, 1}, {2, 2}}
	pe := &arr[1]
	pe.X = 20
	fmt.Println(arr)
	// struct with slice field: copy shares the slice
	i1 := Inner{[]int{1, 2}}
	i2 := i1
	i2.V[0] = 100
	fmt.Println(i1, i2)
	// nested struct pointer chains
	type Node struct {
		Val  int
		Next *Node
	}
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Println(head.Next.Next.Val, head.Next.Next.Next == nil)
	// comparing pointers
	a, b := &Point{}, &Point{}
	fmt.Println(a == b, *a == *b, a == a)
	// struct with embedded pointer nil
	type E struct {
		*Point
		N int
	}
	e := E{N: 1}
	fmt.Println(e.Point == nil, e.N)
}
