// Tuple assignment in the spec's two phases: index operands and pointer
// indirections on the left are evaluated first, with the right side; the
// nil and bounds checks and the stores then happen left to right, so an
// earlier element is stored before a later one panics, and a later element
// uses the operands as they were before the earlier stores.
package main

import "fmt"

type P struct{ i int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("nil deref", func() { m[1], *p = 10, 2 })
	fmt.Println(m)

	s := []int{}
	try("index", func() { m[2], s[1] = 20, 2 })
	fmt.Println(m)

	var pp *P
	try("field", func() { m[3], pp.i = 30, 2 })
	fmt.Println(m)

	i := 0
	a := []int{0, 0, 0}
	i, a[i] = 2, 7
	fmt.Println(i, a)

	t := []int{1, 2, 3}
	u := []int{9, 9, 9}
	t, t[0] = u, 5
	fmt.Println(t, u)

	x := &P{1}
	y := &P{2}
	x, x.i = y, 40
	fmt.Println(x.i, y.i)

	var big uint64 = 1<<64 - 1
	try("huge index", func() { m[4], a[big] = 40, 1 })
	fmt.Println(len(m))

	arr := [3]int{}
	j := 1
	j, arr[j], arr[j+1] = 0, 11, 12
	fmt.Println(j, arr)

	q := map[string]int{"a": 1}
	r := map[string]int{}
	q, q["b"] = r, 2
	fmt.Println(len(q), len(r))
}
