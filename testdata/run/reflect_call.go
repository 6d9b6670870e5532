// reflect.Value.Call, method values and funcs made by reflect.MakeFunc, and
// library functions used as func values.
package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Shape interface{ Area(scale float64) float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area(scale float64) float64 { return r.W * r.H * scale }

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func sum(prefix string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprint(prefix, t)
}

func mustPanic(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	// Plain functions, several results, an error result.
	r := reflect.ValueOf(div).Call([]reflect.Value{reflect.ValueOf(7), reflect.ValueOf(2)})
	fmt.Println(r[0].Int(), r[1].IsNil())
	r = reflect.ValueOf(div).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(0)})
	fmt.Println(r[0].Int(), r[1].Interface())

	// Variadic, with Call and CallSlice.
	fs := reflect.ValueOf(sum)
	fmt.Println(fs.Call([]reflect.Value{reflect.ValueOf("s="), reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	fmt.Println(fs.CallSlice([]reflect.Value{reflect.ValueOf("t="), reflect.ValueOf([]int{4, 5})})[0])

	// Closures keep their context.
	n := 10
	inc := func(k int) int { n += k; return n }
	fmt.Println(reflect.ValueOf(inc).Call([]reflect.Value{reflect.ValueOf(5)})[0].Int(), n)

	// Methods: by index on the type, as method values, through pointers and interfaces.
	p := Point{1, 2}
	m, _ := reflect.TypeOf(p).MethodByName("Add")
	fmt.Println(m.Func.Call([]reflect.Value{reflect.ValueOf(p), reflect.ValueOf(Point{10, 20})})[0])
	add := reflect.ValueOf(p).MethodByName("Add").Interface().(func(Point) Point)
	fmt.Println(add(Point{100, 200}))
	reflect.ValueOf(&p).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(p)
	var s Shape = Rect{2, 3}
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Method(0).Call([]reflect.Value{reflect.ValueOf(0.5)})[0].Float())
	fmt.Println(sv.Elem().MethodByName("Area").Call([]reflect.Value{reflect.ValueOf(2.0)})[0].Float())

	// MakeFunc: a generic swap and a counting wrapper.
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	reflect.ValueOf(&intSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(intSwap), swap))
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))
	calls := 0
	upper := reflect.MakeFunc(reflect.TypeOf(strings.ToUpper), func(in []reflect.Value) []reflect.Value {
		calls++
		return []reflect.Value{reflect.ValueOf(strings.ToUpper(in[0].String()))}
	})
	up := upper.Interface().(func(string) string)
	fmt.Println(up("go"), up("gots"), calls)
	fmt.Println(upper.Call([]reflect.Value{reflect.ValueOf("call")})[0], calls)

	// Panics cross the reflective call and are recovered by the caller.
	mustPanic(func() {
		reflect.ValueOf(func() { panic("inside") }).Call(nil)
	})
	boom := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value { panic("from MakeFunc") })
	mustPanic(boom.Interface().(func()))
	mustPanic(func() { reflect.ValueOf(div).Call([]reflect.Value{reflect.ValueOf(1)}) })
	mustPanic(func() {
		bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
		bad.Interface().(func() int)()
	})

	// Library functions as func values.
	f := math.Sqrt
	fmt.Println(f(16), reflect.ValueOf(math.Abs).Call([]reflect.Value{reflect.ValueOf(-2.5)})[0])
	ops := []func(float64) float64{math.Floor, math.Ceil, math.Trunc}
	for _, op := range ops {
		fmt.Print(op(-1.5), " ")
	}
	fmt.Println()
}
