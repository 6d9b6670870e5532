package main

import "reflect"

type Point struct {
	X, Y int
	Name string
	tags []string
	F    float64
	Any  any
}

type Celsius float64

func main() {
	p := Point{X: 1, Y: 2, Name: "pt", tags: []string{"a", "b"}, F: 2.5, Any: 7}
	v := reflect.ValueOf(p)
	println(v.Kind().String(), v.Type().String(), v.NumField(), v.CanAddr(), v.CanSet())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		println(i, v.Type().Field(i).Name, f.Kind().String(), f.CanInterface(), f.CanSet())
	}
	println(v.Field(0).Int(), v.Field(1).Int(), v.Field(2).String(), v.Field(3).Len(), v.Field(3).Index(1).String(), v.Field(4).Float())
	println(v.Field(5).Kind().String(), v.Field(5).Elem().Kind().String(), v.Field(5).Elem().Int(), v.FieldByName("Name").String())
	back := v.Interface().(Point)
	println(back.X, back.Name, len(back.tags))

	pv := reflect.ValueOf(&p).Elem()
	pv.Field(0).SetInt(10)
	pv.FieldByName("Name").SetString("changed")
	pv.Field(4).SetFloat(-1.25)
	pv.Field(5).Set(reflect.ValueOf("now a string"))
	println(p.X, p.Name, p.F, p.Any.(string), pv.Field(0).CanSet(), pv.Field(3).CanSet())
	println(pv.Addr().Interface().(*Point) == &p)

	// Scalars through interfaces: direct and indirect kinds.
	for _, x := range []any{true, int8(-3), uint16(65535), int64(-1 << 40), uint64(1 << 63), 3.75, float32(0.5), "str", complex(1, -2), Celsius(36.6), &p, []int{1, 2}, map[string]int{"k": 1}, [2]string{"a", "b"}, struct{ p *int }{}, nil} {
		rv := reflect.ValueOf(x)
		if !rv.IsValid() {
			println("invalid")
			continue
		}
		println(rv.Type().String(), rv.Kind().String(), reflect.DeepEqual(rv.Interface(), x))
	}
	println(reflect.ValueOf(int8(-3)).Int(), reflect.ValueOf(uint16(65535)).Uint(), reflect.ValueOf(uint64(1<<63)).Uint(), reflect.ValueOf(true).Bool(), real(reflect.ValueOf(complex(1, -2)).Complex()))

	// Maps.
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	mv := reflect.ValueOf(m)
	println(mv.Len(), mv.MapIndex(reflect.ValueOf("b")).Int(), mv.MapIndex(reflect.ValueOf("z")).IsValid())
	sum := 0
	for _, k := range mv.MapKeys() {
		sum += int(mv.MapIndex(k).Int()) * len(k.String())
	}
	it := mv.MapRange()
	n := 0
	for it.Next() {
		n += int(it.Value().Int())
		_ = it.Key().String()
	}
	println(sum, n)
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	println(len(m), m["d"], m["a"])
	nm := reflect.MakeMap(reflect.TypeOf(map[int][]string{}))
	nm.SetMapIndex(reflect.ValueOf(5), reflect.ValueOf([]string{"x"}))
	nm.SetMapIndex(reflect.ValueOf(6), reflect.ValueOf([]string{"y", "z"}))
	got := nm.Interface().(map[int][]string)
	println(len(got), got[5][0], got[6][1])
	big := map[[40]int]int{}
	bk := [40]int{39: 7}
	reflect.ValueOf(big).SetMapIndex(reflect.ValueOf(bk), reflect.ValueOf(9))
	println(big[bk], reflect.ValueOf(big).MapIndex(reflect.ValueOf(bk)).Int())
	reflect.ValueOf(big).Clear()
	println(len(big))

	// Slices and arrays.
	sv := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 4)
	sv.Index(1).SetInt(7)
	sv = reflect.Append(sv, reflect.ValueOf(9), reflect.ValueOf(11))
	s := sv.Interface().([]int)
	println(len(s), cap(s), s[0], s[1], s[2], s[3], sv.Slice(1, 3).Len())
	arr := [3]string{"x", "y", "z"}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(2).SetString("w")
	println(arr[2], av.Len(), reflect.ValueOf(arr).Index(0).String())
	reflect.Copy(reflect.ValueOf(s), reflect.ValueOf([]int{5, 6}))
	println(s[0], s[1])

	// New, Zero, Indirect, Convert.
	np := reflect.New(reflect.TypeOf(Point{}))
	np.Elem().Field(1).SetInt(4)
	println(np.Type().String(), np.Interface().(*Point).Y, reflect.Indirect(np).Type().String())
	z := reflect.Zero(reflect.TypeOf(Point{})).Interface().(Point)
	println(z.X, z.Name == "", z.Any == nil)
	println(reflect.ValueOf(Celsius(36.5)).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(65).Convert(reflect.TypeOf("")).String(), reflect.ValueOf("hi").Convert(reflect.TypeOf([]byte{})).Len())
	var e error
	println(reflect.ValueOf(&e).Elem().Kind().String(), reflect.ValueOf(&e).Elem().IsNil(), reflect.ValueOf((*int)(nil)).IsNil(), reflect.ValueOf(p).IsZero(), reflect.ValueOf(Point{}).IsZero())
	var ip *int
	println(reflect.ValueOf(ip).Elem().IsValid(), reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf("a").Comparable())
}
