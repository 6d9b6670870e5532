// fmt on composite values: structs (nested, with pointers), maps with
// sorted keys, slices, arrays, pointers to structs, nil values, %v %+v %#v %T.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface interface{}
	F     func()
	Ch    chan int
	Err   error
	priv  float64
}

type Tree struct {
	Left, Right *Tree
	V           int
}

type Alias = Inner
type Named []Inner

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, List: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, Iface: 3.5, priv: 0.5}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%v %+v %#v\n", &in, &in, &in)
	pp := &in
	fmt.Printf("%v\n", []*Inner{nil})
	fmt.Printf("%T %T %T %T %T\n", o, &o, pp, []*Inner{}, map[string][]Inner{})
	t := &Tree{V: 1, Left: &Tree{V: 2}}
	fmt.Printf("%v %+v %v\n", *t.Left, *t.Left, t.Right)
	fmt.Println([]Inner{{1, "a"}, {2, "b"}}, [2]Inner{}, Named{{3, "c"}})
	fmt.Printf("%#v\n", []Inner{{1, "a"}})
	fmt.Printf("%#v %#v\n", Named{{3, "c"}}, Alias{4, "d"})
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, map[string]int{"z": 1, "a": 2}, [2]bool{true})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[int]int(nil), (*Inner)(nil))
	fmt.Printf("%#v %#v %#v %#v\n", "str", 1.5, 'x', struct{}{})
	fmt.Printf("%#v\n", struct {
		A *int
		B []string
	}{})
	fmt.Printf("%#v %#v\n", interface{}(nil), []interface{}{1, "a", nil})
	fmt.Println(map[int][]string{2: {"b"}, 1: {"a", "c"}}, map[string]map[string]int{"x": {"y": 1}})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[float64]string{2: "two", 1.5: "x"})
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 2}: "a"}, map[Inner]bool{{2, "a"}: true, {1, "b"}: false})
	// interface keys of one dynamic type sort by value (keys of different
	// dynamic types sort by the address of their type descriptors: not tested)
	fmt.Println(map[interface{}]int{"b": 1, "c": 2, "a": 3}, map[interface{}]string{2: "b", 1: "a", nil: "nil"})
	// nil values
	var np *Inner
	var ns []int
	var nm map[string]int
	var ni interface{}
	var nf func()
	var ne error
	fmt.Println(np, ns, nm, ni, nf == nil, ne)
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ni, ne)
	fmt.Printf("%+v %d %s\n", ni, ni, ni)
	fmt.Printf("%d %s %x\n", []interface{}{1, "a"}, []interface{}{1, "a"}, []interface{}{10, "a"})
	// pointers nested inside are printed as addresses (%p not used): check only nil-ness
	fmt.Println(o.Ptr == nil, o.F == nil)
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v %+v\n", struct{ P *int }{}, struct{ E error }{})
	fmt.Printf("%08.3f|%-8v|%8v|\n", []float64{1.5, -2}, []int{1}, "x")
	fmt.Printf("%6v|%-6v|%06v\n", []int{1, 22}, [2]string{"a", "b"}, Inner{7, "z"})
}
