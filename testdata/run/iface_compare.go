// Interface comparison: dynamic types and values; comparing uncomparable
// dynamic types is recovered here.
package main

import "fmt"

type P struct{ X int }

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func tryEq(a, b interface{}) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = P{1}, P{1}
	fmt.Println(a == b)
	a, b = &P{1}, &P{1}
	fmt.Println(a == b)
	p := &P{2}
	a, b = p, p
	fmt.Println(a == b)
	a, b = nil, nil
	fmt.Println(a == b)
	var np *P
	a = np
	fmt.Println(a == nil, a == b)
	var e1, e2 error = E{"x"}, E{"x"}
	fmt.Println(e1 == e2, e1 == E{"x"}, e1 != E{"y"})
	// interface compared with concrete value
	var i interface{} = 3
	fmt.Println(i == 3, i == "3", i == 3.0)
	// uncomparable dynamic types
	fmt.Println(tryEq([]int{1}, []int{1}))
	fmt.Println(tryEq(map[int]int{}, 1))
	fmt.Println(tryEq(func() {}, nil))
	fmt.Println(tryEq(struct{ s []int }{}, struct{ s []int }{}))
	fmt.Println(tryEq([]int{1}, "different types, no panic"))
	type W struct{ v interface{} }
	fmt.Println(tryEq(W{[]int{}}, W{[]int{}}))
	fmt.Println(tryEq([1]interface{}{[]int{}}, [1]interface{}{[]int{}}))
	// in map keys
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	}()
}
