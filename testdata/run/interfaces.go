package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

type Named struct{ Rect }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string:" + v
	case Shape:
		return "shape:" + v.Name()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Named{Rect{1, 1}}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		println(s.Name())
	}
	println(total)
	println(describe(nil), describe(3), describe("x"), describe(Rect{}), describe(1.5))
	var e interface{} = 42
	n, ok := e.(int)
	println(n, ok)
	s, ok := e.(string)
	println(s, ok)
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	delete(m, "b")
	v, ok := m["zz"]
	println(len(m), m["a"], m["c"], v, ok)
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	println(sum)
	var i1, i2 interface{} = "hi", "hi"
	println(i1 == i2, i1 != e)
	mm := map[int][]int{}
	for i := 0; i < 100; i++ {
		mm[i%7] = append(mm[i%7], i)
	}
	println(len(mm), len(mm[3]))
}
