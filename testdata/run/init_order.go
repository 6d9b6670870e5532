// Package-level variable initialization follows dependencies, not source
// order; init functions run in order after all variables, before main.
package main

import "fmt"

var a = b + 1
var b = f("b", 10)
var c, d = g()
var e = f("e", a*100)
var total = sum()

var table = map[string]int{"x": f("table", 1)}
var list = []int{a, b, e}

func f(name string, v int) int {
	fmt.Println("init var", name, "=", v)
	return v
}

func g() (int, int) {
	fmt.Println("init c, d")
	return 3, 4
}

func sum() int {
	fmt.Println("computing total from", a, b, c, d)
	return a + b + c + d
}

func init() {
	fmt.Println("init 1: total =", total)
	total++
}

func init() {
	fmt.Println("init 2: total =", total, "list", list, "table", table["x"])
}

var late = f("late", 7)

func init() {
	fmt.Println("init 3: late =", late)
}

func main() {
	fmt.Println("main", a, b, c, d, e, total, late)
}
