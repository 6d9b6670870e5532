package main

func f() (r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered")
			r = 42
		}
	}()
	var a []int
	println(a[3])
	return 1
}

func g(n int) {
	defer func() { println("g done") }()
	println("g", n)
}

func h() {
	for i := 0; i < 3; i++ {
		defer func(k int) { println("deferred", k) }(i)
	}
}

func main() {
	println(f())
	h()
	defer func() { println("main deferred") }()
	var p *int
	println(*p)
}
