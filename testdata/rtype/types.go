package main

import "reflect"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	W, H  int `json:"w"`
	label string
	Tags  []string `json:"tags,omitempty" xml:"t"`
}

func (r Rect) Area() int       { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (r *Rect) Scale(k int)    { r.W *= k }
func (r Rect) private() string { return "p" }

type MyInt int

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Embed struct {
	Rect
	Extra int
}

func show(t reflect.Type) {
	println(t.String(), t.Kind().String(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
}

func main() {
	show(reflect.TypeOf(Rect{}))
	show(reflect.TypeOf(&Rect{}))
	show(reflect.TypeOf(MyInt(0)))
	show(reflect.TypeOf(0))
	show(reflect.TypeOf(""))
	show(reflect.TypeOf(1.5))
	show(reflect.TypeOf([]byte(nil)))
	show(reflect.TypeOf([3]int16{}))
	show(reflect.TypeOf(map[string][]int{}))
	show(reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil }))
	show(reflect.TypeOf(Pair[string, int]{}))
	show(reflect.TypeOf(struct {
		A int8
		B int64
	}{}))
	show(reflect.TypeOf((*Shape)(nil)).Elem())
	show(reflect.TypeOf((*error)(nil)).Elem())
	show(reflect.TypeOf((*any)(nil)).Elem())
	show(reflect.TypeOf((<-chan int)(nil)))

	t := reflect.TypeOf(Rect{})
	println("fields", t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		println(i, f.Name, f.Type.String(), string(f.Tag), f.Offset, f.Anonymous, f.PkgPath, f.IsExported(), f.Tag.Get("json"), f.Index[0])
	}
	if f, ok := t.FieldByName("Tags"); ok {
		println("by name", f.Name, f.Tag.Get("xml"))
	}
	e := reflect.TypeOf(Embed{})
	println("embed", e.NumField(), e.Field(0).Name, e.Field(0).Anonymous, e.NumMethod())
	if f, ok := e.FieldByName("H"); ok {
		println("promoted", f.Name, len(f.Index), f.Index[0], f.Index[1])
	}

	println("methods", t.NumMethod(), reflect.PointerTo(t).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		println(m.Name, m.Type.String(), m.Index)
	}
	pt := reflect.TypeOf(&Rect{})
	for i := 0; i < pt.NumMethod(); i++ {
		println(pt.Method(i).Name, pt.Method(i).Type.String())
	}
	if m, ok := pt.MethodByName("Scale"); ok {
		println("Scale", m.Type.NumIn(), m.Type.In(0).String(), m.Type.In(1).String())
	}
	st := reflect.TypeOf((*Shape)(nil)).Elem()
	for i := 0; i < st.NumMethod(); i++ {
		println(st.Method(i).Name, st.Method(i).Type.String())
	}
	println("implements", t.Implements(st), pt.Implements(st), reflect.TypeOf(0).Implements(st), st.Implements(st))
	et := reflect.TypeOf((*error)(nil)).Elem()
	println(reflect.TypeOf(&Rect{}).Implements(et), reflect.TypeOf((*any)(nil)).Elem().Implements(et), et.Implements(reflect.TypeOf((*any)(nil)).Elem()))

	mi := reflect.TypeOf(MyInt(0))
	it := reflect.TypeOf(0)
	println("assign", mi.AssignableTo(it), it.AssignableTo(it), t.AssignableTo(st), pt.AssignableTo(reflect.TypeOf((*any)(nil)).Elem()))
	println("convert", mi.ConvertibleTo(it), it.ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf(1.5).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf([]rune{}).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf([]int{}).ConvertibleTo(reflect.TypeOf([4]int{})), reflect.TypeOf([]int{}).ConvertibleTo(reflect.TypeOf(&[4]int{})),
		t.ConvertibleTo(reflect.TypeOf(struct {
			W, H  int
			label string
			Tags  []string
		}{})))

	ft := reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil })
	println("func", ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.In(0).String(), ft.In(1).String(), ft.Out(0).String(), ft.Out(1).String())
	mt := reflect.TypeOf(map[string][]int{})
	println("map", mt.Key().String(), mt.Elem().String(), reflect.TypeOf([3]int16{}).Len(), reflect.TypeOf([3]int16{}).Elem().String())
	println("chan", reflect.TypeOf((<-chan int)(nil)).ChanDir().String(), reflect.TypeOf((chan<- int)(nil)).ChanDir().String(), reflect.TypeOf((chan int)(nil)).ChanDir().String())

	println("made", reflect.SliceOf(t).String(), reflect.MapOf(reflect.TypeOf(""), t).String(), reflect.ArrayOf(4, it).String(), reflect.PointerTo(it).String(), reflect.ChanOf(reflect.RecvDir, it).String())
	fo := reflect.FuncOf([]reflect.Type{it, reflect.TypeOf([]string{})}, []reflect.Type{reflect.TypeOf("")}, true)
	println("funcof", fo.String())
	so := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: it, Tag: `json:"a"`},
		{Name: "B", Type: reflect.TypeOf("")},
		{Name: "C", Type: reflect.TypeOf(int8(0))},
	})
	println("structof", so.String(), so.Size(), so.Field(2).Offset)
}
