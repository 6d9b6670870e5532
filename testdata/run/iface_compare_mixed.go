// Comparisons between an interface and a non-interface value, with the
// constant or the interface on either side; interface comparisons whose
// dynamic type is not comparable panic.
package main

import "fmt"

type S struct{ x []int }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var e interface{} = 5
	var s fmt.Stringer
	five := 5
	fmt.Println(5 == e, e == 5, 6 == e, e != 5, 5 != e)
	fmt.Println(five == e, e == five, "x" == interface{}("x"), interface{}(1.5) == 1.5)
	fmt.Println(nil == e, e == nil, nil == s, s == nil)
	var p *int
	fmt.Println(p == interface{}(nil), interface{}(nil) == p, interface{}(p) == p)

	var m interface{} = map[int]int{}
	var f interface{} = func() {}
	var st interface{} = S{}
	var sl interface{} = []int{}
	try("map", func() bool { return m == m })
	try("func", func() bool { return f == f })
	try("struct", func() bool { return st == st })
	try("slice", func() bool { return sl == sl })
	try("different types", func() bool { return m == sl })
	try("map in array", func() bool { return [1]interface{}{m} == [1]interface{}{m} })
}
