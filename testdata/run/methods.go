package main

type Inner struct{ n int }

func (i Inner) Get() int   { return i.n }
func (i *Inner) Set(v int) { i.n = v }

type Outer struct {
	Inner
	name string
}

type P struct {
	x, y int
	s    string
}

func apply(f func(int) int, v int) int { return f(v) }

type Adder struct{ k int }

func (a Adder) Add(v int) int { return a.k + v }

func main() {
	o := Outer{Inner{1}, "o"}
	o.Set(5)
	println(o.Get(), o.n)
	a := Adder{10}
	f := a.Add
	a.k = 100
	println(f(1), apply(a.Add, 2))
	g := Adder.Add
	println(g(Adder{3}, 4))
	h := (*Inner).Set
	h(&o.Inner, 9)
	println(o.Get())
	gg := (*Outer).Get
	println(gg(&o))
	p1 := P{1, 2, "a"}
	p2 := P{1, 2, "a"}
	p3 := P{1, 3, "a"}
	println(p1 == p2, p1 == p3, p1 != p3)
	arr1 := [3]string{"a", "b", "c"}
	arr2 := arr1
	arr2[1] = "x"
	println(arr1 == arr2, arr1[1], arr2[1])
	lbl := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			lbl += i*10 + j
		}
	}
	println(lbl)
	switch x := 5; {
	case x > 3:
		println("big")
		fallthrough
	case x > 1:
		println("medium")
	default:
		println("small")
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	println(i)
}
