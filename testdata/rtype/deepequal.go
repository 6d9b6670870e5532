package main

import (
	"math"
	"reflect"
)

type Node struct {
	V    int
	Next *Node
	Kids []*Node
	M    map[string]any
}

type Inner struct{ A, B []int }

func main() {
	de := reflect.DeepEqual
	println(de(map[string][]int{"a": {1, 2}, "b": nil}, map[string][]int{"b": nil, "a": {1, 2}}))
	println(de(map[string][]int{"a": {1, 2}}, map[string][]int{"a": {1, 3}}))
	println(de(map[string]int{"a": 1}, map[string]int{"a": 1, "b": 2}), de(map[string]int{}, map[string]int(nil)), de(map[int]bool(nil), map[int]bool(nil)))
	println(de([]int{1, 2, 3}, []int{1, 2, 3}), de([]int{1, 2}, []int{1, 2, 3}), de([]int{}, []int(nil)), de([]int(nil), []int(nil)))
	println(de([]string{"x"}, []string{"x"}), de([][]byte{[]byte("ab")}, [][]byte{[]byte("ab")}), de([2]int{1, 2}, [2]int{1, 2}), de([2]int{1, 2}, [2]int{2, 1}))
	println(de(Inner{[]int{1}, nil}, Inner{[]int{1}, nil}), de(Inner{[]int{1}, nil}, Inner{[]int{1}, []int{}}))
	println(de(&Inner{A: []int{5}}, &Inner{A: []int{5}}), de(&Inner{}, (*Inner)(nil)))
	println(de(1, 1), de(1, 2), de("a", "a"), de(nil, nil), de(error(nil), nil), de(2.5, 2.5))
	println(de([]any{1, "a", nil, []int{2}}, []any{1, "a", nil, []int{2}}), de([]any{1}, []any{1.0}))
	println(de(math.NaN(), math.NaN()), de([]float64{math.NaN()}, []float64{math.NaN()}))
	s := []float64{math.NaN()}
	println(de(s, s))
	a := &Node{V: 1, M: map[string]any{"k": []int{1}}}
	a.Next = a
	b := &Node{V: 1, M: map[string]any{"k": []int{1}}}
	b.Next = b
	println(de(a, b))
	b.M["k"] = []int{2}
	println(de(a, b))
	a.Kids = []*Node{a, {V: 2}}
	b.Kids = []*Node{b, {V: 2}}
	b.M["k"] = []int{1}
	println(de(a, b), de(*a, *b))
	f := func() {}
	println(de(f, f), de((func())(nil), (func())(nil)))
	type key struct{ a, b int }
	println(de(map[key]string{{1, 2}: "x"}, map[key]string{{1, 2}: "x"}), de(map[key]string{{1, 2}: "x"}, map[key]string{{2, 1}: "x"}))
}
