// Method values (bound at evaluation time) and method expressions.
package main

import "fmt"

type T struct{ v int }

func (t T) Get() int       { return t.v }
func (t *T) PGet() int     { return t.v }
func (t *T) Add(d int)     { t.v += d }
func (t T) Plus(d int) int { return t.v + d }

type Num int

func (n Num) Double() Num { return n * 2 }

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	x := T{1}
	f := x.Get   // copies x now
	g := x.PGet  // binds &x
	add := x.Add // binds &x
	x.v = 10
	fmt.Println(f(), g())
	add(5)
	fmt.Println(x.v, f(), g())
	p := &T{100}
	h := p.Get // copies *p now
	p.v = 200
	fmt.Println(h(), p.Get())
	// method expressions
	get := T.Get
	pget := (*T).PGet
	padd := (*T).Add
	pg := (*T).Get
	fmt.Println(get(x), pget(&x), pg(&x))
	padd(&x, 1)
	fmt.Println(x.v)
	plus := T.Plus
	fmt.Println(plus(x, 3), apply(x.Plus, 4))
	fmt.Printf("%T %T %T\n", get, pget, padd)
	// methods on named non-struct types
	n := Num(21)
	d := n.Double
	n = 0
	fmt.Println(d(), Num.Double(4), n.Double())
	// method value stored in a slice and map
	ts := []T{{1}, {2}, {3}}
	var fs []func() int
	for _, t := range ts {
		fs = append(fs, t.Get)
	}
	for i := range ts {
		fs = append(fs, ts[i].PGet)
	}
	ts[0].v = 50
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	ops := map[string]func(int) int{"plus": x.Plus}
	fmt.Println(ops["plus"](1))
	// pointer to array indexing, new
	pa := &[3]int{1, 2, 3}
	pa[1] = 20
	fmt.Println(pa[1], len(pa), *pa)
	for i, v := range pa {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	np := new(int)
	*np = 7
	nt := new(T)
	nt.Add(3)
	ns := new([]string)
	*ns = append(*ns, "a")
	fmt.Println(*np, nt.v, *ns, len(*ns))
	pp := &np
	**pp = 8
	fmt.Println(*np)
}
