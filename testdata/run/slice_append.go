// append growth: cap() after each append for several element sizes, and
// appending many at once.
package main

import "fmt"

type S24 struct{ a, b, c int64 }
type S40 struct {
	a, b, c, d int64
	e          int32
}

func main() {
	var b []byte
	for i := 0; i < 100; i++ {
		b = append(b, byte(i))
		fmt.Print(cap(b), " ")
	}
	fmt.Println()
	var i8 []int64
	for i := 0; i < 100; i++ {
		i8 = append(i8, int64(i))
		fmt.Print(cap(i8), " ")
	}
	fmt.Println()
	var s24 []S24
	for i := 0; i < 60; i++ {
		s24 = append(s24, S24{int64(i), 0, 0})
		fmt.Print(cap(s24), " ")
	}
	fmt.Println()
	var s40 []S40
	for i := 0; i < 60; i++ {
		s40 = append(s40, S40{a: int64(i)})
		fmt.Print(cap(s40), " ")
	}
	fmt.Println()
	var ss []string
	for i := 0; i < 40; i++ {
		ss = append(ss, "x")
		fmt.Print(cap(ss), " ")
	}
	fmt.Println()
	var i32 []int32
	for i := 0; i < 40; i++ {
		i32 = append(i32, int32(i))
		fmt.Print(cap(i32), " ")
	}
	fmt.Println()
	// large growth: past the 256-element threshold
	var big []int
	last := -1
	for i := 0; i < 5000; i++ {
		big = append(big, i)
		if cap(big) != last {
			last = cap(big)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bigb []byte
	last = -1
	for i := 0; i < 20000; i++ {
		bigb = append(bigb, 1)
		if cap(bigb) != last {
			last = cap(bigb)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	// many at once
	for _, n := range []int{1, 3, 5, 7, 9, 13, 17, 33, 100} {
		t := make([]int, n)
		u := append([]int(nil), t...)
		v := append([]int{1, 2}, t...)
		w := append(make([]byte, 5), make([]byte, n)...)
		x := append(make([]S24, 3), make([]S24, n)...)
		fmt.Println(n, len(u), cap(u), len(v), cap(v), len(w), cap(w), len(x), cap(x))
	}
	// append string to []byte
	bs := append([]byte("hello"), " world"...)
	fmt.Println(string(bs), len(bs), cap(bs))
	// append within capacity shares the backing array
	base := make([]int, 3, 10)
	a1 := append(base, 1)
	a2 := append(base, 2)
	fmt.Println(a1, a2, a1[3] == a2[3])
	// append beyond capacity copies
	full := []int{1, 2, 3}
	c1 := append(full, 4)
	c1[0] = 99
	fmt.Println(full, c1)
	// append to self
	self := []int{1, 2, 3}
	self = append(self, self...)
	self = append(self[:2], self[3:]...)
	fmt.Println(self, len(self), cap(self))
	// append nothing
	var nilS []int
	nilS = append(nilS)
	fmt.Println(nilS == nil, len(nilS))
	nilS = append(nilS, []int{}...)
	fmt.Println(nilS == nil)
}
