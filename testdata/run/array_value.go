// Array value semantics: copy on assign, passing by value; arrays of
// structs; equality of arrays and structs.
package main

import "fmt"

type Point struct{ X, Y int }

type Grid [3][3]int

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func (g Grid) Set(i, j, v int) Grid {
	g[i][j] = v
	return g
}

func (g *Grid) SetP(i, j, v int) {
	g[i][j] = v
}

type Rec struct {
	Name string
	Tags [2]string
	Pos  Point
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	var g Grid
	g2 := g.Set(1, 1, 5)
	g.SetP(0, 0, 7)
	fmt.Println(g, g2)
	pts := [3]Point{{1, 2}, {3, 4}}
	pts2 := pts
	pts2[0].X = 100
	fmt.Println(pts, pts2, pts == pts2)
	pts2[0].X = 1
	fmt.Println(pts == pts2)
	for i := range pts {
		pts[i].Y *= 10
	}
	for _, p := range pts {
		p.X = -1 // copy
	}
	fmt.Println(pts)
	// arrays inside structs copy too
	r1 := Rec{"a", [2]string{"x", "y"}, Point{1, 1}}
	r2 := r1
	r2.Tags[0] = "changed"
	r2.Pos.X = 2
	fmt.Println(r1, r2, r1 == r2)
	r2 = r1
	fmt.Println(r1 == r2)
	// array of arrays
	var m [2][3]int
	row := m[0]
	row[1] = 5
	m[1][2] = 6
	fmt.Println(m, row, len(m), len(m[0]))
	// range over array evaluates copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	// array literal with indices
	idx := [...]string{2: "two", 5: "five"}
	fmt.Printf("%q %d\n", idx, len(idx))
	// comparison of struct with arrays
	type K struct {
		A [2]int
		S string
	}
	fmt.Println(K{[2]int{1, 2}, "s"} == K{[2]int{1, 2}, "s"}, K{} == K{S: ""})
	// arrays as map keys
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	// zero-size
	var e [0]int
	fmt.Println(e, len(e), e == [0]int{})
}
