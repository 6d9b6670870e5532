package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type P struct{ x, y int }

func (p P) sum() int   { return p.x + p.y }
func (p *P) inc()      { p.x++ }

func main() {
	println("hello", 42, true, 1.5)
	println(fib(20))
	s := []int{}
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	println(len(s), cap(s), s[9])
	str := "héllo"
	for i, r := range str {
		print(i, ":", r, " ")
	}
	println()
	p := P{1, 2}
	p.inc()
	println(p.sum())
	f := func(a int) int { return a + p.x }
	println(f(10))
	var x int64 = 1 << 62
	println(x*4, x+x, uint64(x)*2)
	m := 0
	for i := range 5 {
		m += i
	}
	println(m, str+"!", str[1:3] == "é")
}
