package main

import "reflect"

type Rect struct{ W, H int }

type MyInt int

type Shape interface{ Area() int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	t := reflect.TypeOf(Rect{})
	pt := reflect.TypeOf(&Rect{})
	it := reflect.TypeOf(0)
	// Types made at run time are the ones the compiled code uses.
	println(reflect.SliceOf(it) == reflect.TypeOf([]int{}), reflect.MapOf(reflect.TypeOf(""), it) == reflect.TypeOf(map[string]int{}))
	println(reflect.PointerTo(t) == pt, reflect.ArrayOf(2, it) == reflect.TypeOf([2]int{}), reflect.ChanOf(reflect.BothDir, it) == reflect.TypeOf((chan int)(nil)))
	println(reflect.ChanOf(reflect.RecvDir, it) == reflect.TypeOf((<-chan int)(nil)), reflect.ChanOf(reflect.SendDir, it) == reflect.TypeOf((chan<- int)(nil)))
	println(reflect.FuncOf([]reflect.Type{it, reflect.TypeOf([]string{})}, []reflect.Type{reflect.TypeOf("")}, true) == reflect.TypeOf(func(int, ...string) string { return "" }))
	so := reflect.StructOf([]reflect.StructField{{Name: "A", Type: it, Tag: `json:"a"`}, {Name: "B", Type: reflect.TypeOf("")}})
	println(so == reflect.TypeOf(struct {
		A int `json:"a"`
		B string
	}{}), so == reflect.TypeOf(struct {
		A int
		B string
	}{}))
	println(reflect.PointerTo(reflect.SliceOf(t)) == reflect.TypeOf((*[]Rect)(nil)), reflect.SliceOf(reflect.PointerTo(t)).Elem() == pt)
	println(reflect.TypeOf(Rect{}) == reflect.TypeOf(Rect{W: 1}), reflect.TypeOf(0) == reflect.TypeOf(MyInt(0)), pt.Elem() == t)
	var s Shape = Rect{1, 2}
	println(reflect.TypeOf(s) == t, reflect.ValueOf(&s).Elem().Type() == reflect.TypeOf((*Shape)(nil)).Elem())
	// DeepEqual of values of different types.
	de := reflect.DeepEqual
	println(de(1, int64(1)), de(1, 1.0), de(nil, 0), de(MyInt(1), 1), de([]any{1}, []any{1.0}), de(map[string]any{"a": 1}, map[string]any{"a": int8(1)}))
}
