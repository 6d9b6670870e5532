// Range over functions (Go 1.23): yield functions of 0, 1 and 2
// parameters; break, continue, return, goto and labelled branches out of
// loop bodies, also through nested range-over-func loops; per-iteration
// loop variables; the runtime's checks of misbehaving iterators; panics
// through iterators; defer in loop bodies.

package main

import (
	"errors"
	"fmt"
	"runtime"
)

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  count stopped at", i)
				return
			}
		}
		fmt.Println("  count exhausted")
	}
}

type Seq2 func(yield func(string, int) bool)

func pairs(words ...string) Seq2 {
	return func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i) {
				return
			}
		}
	}
}

type point struct{ x, y int }

func points(yield func(point) bool) {
	for i := 1; i <= 3; i++ {
		if !yield(point{i, i * i}) {
			return
		}
	}
}

func zeroParams() {
	n := 0
	for range three {
		n++
	}
	fmt.Println("zero params:", n)
}

func oneParam() {
	sum := 0
	for x := range count(5) {
		if x == 1 {
			continue
		}
		if x == 4 {
			break
		}
		sum += x
	}
	fmt.Println("one param: sum", sum)
	var last int
	for last = range count(3) {
	}
	fmt.Println("assigned to an outer variable:", last)
	for p := range points {
		fmt.Println("point", p.x, p.y)
	}
}

func twoParams() {
	for w, i := range pairs("a", "b", "c") {
		fmt.Println("pair", w, i)
	}
	for _, i := range pairs("x", "y") {
		fmt.Println("second only", i)
	}
	m := map[string]int{}
	var k string
	for k, m[k] = range pairs("p", "q") {
	}
	fmt.Println("assigned:", k, len(m))
}

func labelledOuterLoop() {
outer:
	for i := 0; i < 3; i++ {
		for x := range count(10) {
			if x == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("  i", i, "x", x)
		}
		fmt.Println("not reached")
	}
	fmt.Println("after outer")
}

func labelledOuterRangeFunc() {
outer:
	for w, i := range pairs("a", "b", "c", "d") {
		for x := range count(10) {
			if x == 1 && i == 0 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("  ", w, x)
			if x == 2 {
				break
			}
		}
		fmt.Println("  end of", w)
	}
	fmt.Println("after nested")
}

func find(target int) (int, string) {
	for x := range count(10) {
		if x == target {
			return x * 10, "found"
		}
	}
	return -1, "missing"
}

func findNested(a, b int) (res int) {
	defer func() { res++ }()
	for x := range count(5) {
		for y := range count(5) {
			if x == a && y == b {
				return x*100 + y
			}
		}
	}
	return 0
}

func bareReturn() (n int, s string) {
	n, s = 7, "named"
	for x := range count(3) {
		if x == 1 {
			s = "changed"
			return
		}
	}
	return 0, ""
}

func gotoOut() {
	tries := 0
again:
	tries++
	for x := range count(5) {
		if x == 2 && tries < 3 {
			goto again
		}
		if x == 3 {
			goto done
		}
	}
	fmt.Println("not reached")
done:
	fmt.Println("goto: tries", tries)
}

func captures() {
	var fs []func() int
	for x := range count(3) {
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	total := 0
	add := func(n int) { total += n }
	for x := range count(4) {
		add(x)
		p := &x
		*p += 100
		total += x
	}
	fmt.Println("total", total)
}

func yieldsAfterFalse(yield func(int) bool) {
	yield(1)
	yield(2)
}

func keepsCalling() {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Println("recovered:", r, ok, err != nil)
	}()
	for x := range yieldsAfterFalse {
		fmt.Println("got", x)
		break
	}
	fmt.Println("not reached")
}

var saved func(int) bool

func saveYield(yield func(int) bool) {
	saved = yield
	yield(0)
}

func afterExit() {
	for x := range saveYield {
		fmt.Println("first", x)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	saved(1)
}

func swallows(yield func(int) bool) {
	defer func() { fmt.Println("iterator recovered:", recover()) }()
	yield(1)
}

func swallowed() {
	defer func() { fmt.Println("recovered:", recover()) }()
	for range swallows {
		panic("body panic")
	}
}

func callsAfterPanic(yield func(int) bool) {
	func() {
		defer func() { recover() }()
		yield(1)
	}()
	yield(2)
}

func afterPanic() {
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range callsAfterPanic {
		if x == 1 {
			panic("first")
		}
	}
}

func cleanup(yield func(int) bool) {
	defer fmt.Println("  iterator's deferred call runs")
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func panics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	for x := range cleanup {
		if x == 2 {
			panic(errors.New("body failed"))
		}
	}
	return nil
}

func defers() {
	defer fmt.Println("defer 1")
	for x := range count(3) {
		defer fmt.Println("defer in body", x)
		for y := range count(2) {
			defer func() { fmt.Println("defer in nested body", x, y) }()
		}
	}
	defer fmt.Println("defer 2")
}

func deferredDuringPanic() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered ", r)
		}
	}()
	for x := range count(3) {
		defer fmt.Println("deferred in body runs during the panic:", x)
		if x == 1 {
			panic("boom")
		}
	}
	return "not reached"
}

func switchAndSelect() {
	for x := range count(4) {
		switch x {
		case 1:
			continue
		case 3:
			break
		default:
			fmt.Println("  switch", x)
		}
	}
}

func caller() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

// Loop bodies are closures named after the function they are in, numbered
// in source order; closures inside them are named as if they were not.
func names() {
	for range count(1) {
		fmt.Println(caller())
		for range count(1) {
			fmt.Println(caller())
			f := func() { fmt.Println(caller()) }
			f()
		}
	}
	g := func() {
		for range count(1) {
			fmt.Println(caller())
		}
	}
	g()
}

func main() {
	names()
	zeroParams()
	oneParam()
	twoParams()
	labelledOuterLoop()
	labelledOuterRangeFunc()
	fmt.Println(find(4))
	fmt.Println(find(20))
	fmt.Println(findNested(2, 3))
	fmt.Println(bareReturn())
	gotoOut()
	captures()
	keepsCalling()
	afterExit()
	swallowed()
	afterPanic()
	fmt.Println(panics())
	defers()
	fmt.Println(deferredDuringPanic())
	switchAndSelect()
	for x := range count(3) {
		if x == 1 {
			panic(fmt.Sprint("uncaught in body ", x))
		}
	}
}
