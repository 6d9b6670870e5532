package main

import "reflect"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			println(name, "panic:", s)
			return
		}
		if e, ok := r.(error); ok {
			println(name, "error:", e.Error())
			return
		}
		println(name, "no panic")
	}()
	f()
}

type T struct{ A int }

func main() {
	fields := []reflect.StructField{{Name: "a", Type: reflect.TypeOf(0)}}
	try("structof", func() {
		reflect.StructOf(fields)
	})
	try("equal", func() {
		var x, y any = []int{1}, []int{1}
		reflect.ValueOf(&x).Elem().Equal(reflect.ValueOf(&y).Elem())
	})
	try("elem", func() {
		reflect.ValueOf(1).Elem()
	})
	try("set unaddressable", func() {
		reflect.ValueOf(T{}).Field(0).SetInt(1)
	})
	try("index", func() {
		reflect.ValueOf([]int{1}).Index(5)
	})
	try("mapkey uncomparable", func() {
		m := map[any]int{}
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf([]int{1}), reflect.ValueOf(1))
	})
	try("deepequal ok", func() {
		println(reflect.DeepEqual(map[any]int{1: 1}, map[any]int{1: 1}))
	})
}
