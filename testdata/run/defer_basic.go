// defer: LIFO order, arguments evaluated at defer time, deferred closures
// modifying named results, defer in loops.
package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer fmt.Println("last registered, first run")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func(v int) { fmt.Println("param v =", v, "closure x =", x) }(x)
	x = 2
	fmt.Println("x set to", x)
}

func named() (result int) {
	defer func() { result *= 2 }()
	defer func() { result += 10 }()
	return 1
}

func namedErr() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
		}
	}()
	return 5, fmt.Errorf("failed")
}

func shadow() int {
	x := 1
	defer func() { x = 100 }()
	return x // unnamed result: defer cannot change it
}

type T struct{ name string }

func (t T) Close()      { fmt.Println("close", t.name) }
func (t *T) PClose()    { fmt.Println("pclose", t.name) }

func methods() {
	t := T{"a"}
	defer t.Close()  // receiver copied now
	defer t.PClose() // pointer: sees later change
	t.name = "b"
}

func deferNilCheck() (s string) {
	defer func() {
		s += " + deferred"
	}()
	s = "body"
	return
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() {
	order()
	args()
	fmt.Println(named())
	fmt.Println(namedErr())
	fmt.Println(shadow())
	methods()
	fmt.Println(deferNilCheck())
	next := counter()
	func() {
		defer fmt.Println("value at defer:", next())
		fmt.Println("in body:", next())
	}()
	// defer evaluates the function value at defer time
	f := func() { fmt.Println("first f") }
	func() {
		defer f()
		f = func() { fmt.Println("second f") }
	}()
	// deferred call in a loop inside a closure per iteration
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("iteration", i, "done")
			fmt.Println("iteration", i)
		}()
	}
	fmt.Println("main end")
	defer fmt.Println("main deferred")
}
