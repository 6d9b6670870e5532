// Differential test: fmt printing and scanning, reflect underneath.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"time"

	gerrors "gotslib/errors"
	gfmt "gotslib/fmt"
	greflect "gotslib/reflect"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 60 {
			fmt.Printf("%s:\n\twant %q\n\tgot  %q\n", what, want, got)
		}
	}
}

type S struct {
	A int
	B string
	c []int
	D *int
	E any
	F map[string]int
}

type Str struct{ n int }

func (s Str) String() string { return fmt.Sprintf("Str<%d>", s.n) }

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }

type Err struct{}

func (*Err) Error() string { return "an error" }

type Fmter struct{}

func (Fmter) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c %d %v %d %v %v%v%v%v%v]", c, w, wok, p, pok, f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'))
}

type gFmter struct{}

func (gFmter) Format(f gfmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	gfmt.Fprintf(f, "F[%c %d %v %d %v %v%v%v%v%v]", c, w, wok, p, pok, f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'))
}

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilStr struct{ x int }

func (n *NilStr) String() string { return fmt.Sprint(n.x) }

type MyInt int
type MyBytes []byte
type MyStr string
type Rec struct {
	Next *Rec
	V    int
}
type Emb struct {
	S
	Str
	X int
}

func main() {
	n := 7
	var nilp *int
	var nilm map[string]int
	var nils []int
	var nile error
	var nilns *NilStr
	ch := make(chan int)
	values := []any{
		nil, true, false, 0, -1, 42, math.MaxInt64, math.MinInt64, int8(-128), uint8(255), uint16(65535), uint32(1 << 31),
		uint64(math.MaxUint64), uintptr(0xdead), 3.14159, -2.5, 0.0, math.Copysign(0, -1), 1e21, 1e-7, 123456789.0, float32(1.1),
		float32(16777216), math.Inf(1), math.Inf(-1), math.NaN(), 1e100, complex(1, -2), complex64(complex(0.5, 0.25)),
		"", "hello", "héllo\n\t\"q\"", "\xff\x00", "日本語", []byte("bytes"), []byte(nil), [3]byte{1, 2, 3}, MyBytes("mb"),
		[]int{1, 2, 3}, []string{"a", "b"}, nils, [2]bool{true, false}, map[string]int{"b": 2, "a": 1, "c": 3},
		map[int]string{3: "c", -1: "m", 2: "b"}, map[float64]int{math.NaN(): 1, 2: 2, math.Inf(-1): 3}, nilm,
		map[[2]int]bool{{2, 1}: true, {1, 2}: false}, map[bool]int{true: 1, false: 0}, map[any]int{1: 1, "a": 2, nil: 3},
		S{1, "x", []int{1}, &n, 2.5, map[string]int{"k": 1}}, &S{A: 2}, S{}, Str{3}, &Str{4}, []Str{{1}, {2}}, GoStr{},
		&Err{}, errors.New("plain"), nile, Fmter{}, Panicky{}, nilns, &NilStr{5}, MyInt(9), MyStr("ms"), nilp, &n,
		Rec{&Rec{nil, 2}, 1}, Emb{X: 1}, struct{}{}, struct{ a, b int }{1, 2}, []any{1, "a", nil, 2.5}, ch == nil,
		time.Duration(1500) * time.Millisecond, 'x', rune(0x1F600), [][]int{{1}, {2, 3}}, map[string][]int{"a": {1}},
		struct{ P *int }{nil}, []*int{nil}, [0]int{}, []MyInt{1, 2}, reflect.ValueOf(5), reflect.Value{}, errors.Join(errors.New("x"), errors.New("y")),
	}
	verbs := []string{
		"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%c", "%U", "%#U", "%e", "%E", "%f", "%F",
		"%g", "%G", "%t", "%p", "%5v", "%-5v|", "%05d", "%-05d|", "%+d", "% d", "%.2f", "%8.3f", "%-8.3f|", "%+.3e", "%#g",
		"%#.3g", "%.0f", "%#x", "%# x", "%#o", "%#b", "%.3s", "%10.3q", "%x", "% X", "%#q", "%+q", "%.1g", "%08.3f", "%-08.3f|",
		"%+08d", "% 08d", "%.5d", "%8.5d", "%#v", "%w", "%!", "%z", "%06s", "%.10x", "%#X", "%#.2v", "%+#v", "%08v", "%h",
	}
	for _, v := range values {
		for _, verb := range verbs {
			if verb == "%p" && v != nil {
				if k := reflect.TypeOf(v).Kind(); k != reflect.Pointer && k != reflect.Map && k != reflect.Slice && k != reflect.Chan && k != reflect.Func {
					continue
				}
			}
			if _, isFmter := v.(Fmter); isFmter && (verb == "%T" || verb == "%w") {
				continue
			}
			check(fmt.Sprintf("%s of %T", verb, v), fmt.Sprintf(verb, v), gfmt.Sprintf(verb, conv(v)))
		}
		g := conv(v)
		check(fmt.Sprintf("Sprint %T", v), fmt.Sprint(v, v, "s", v), gfmt.Sprint(g, g, "s", g))
		check(fmt.Sprintf("Sprintln %T", v), fmt.Sprintln(v, v), gfmt.Sprintln(g, g))
	}
	formats := []struct {
		f string
		a []any
	}{
		{"%d %d", []any{1}}, {"%d", []any{1, 2, "x"}}, {"%[2]d %[1]d", []any{1, 2}}, {"%[3]d", []any{1, 2}},
		{"%[0]d", []any{1}}, {"%[x]d", []any{1}}, {"%[1]d %d %d", []any{1, 2, 3}}, {"%*d", []any{5, 3}},
		{"%-*d|", []any{5, 3}}, {"%*d", []any{"x", 3}}, {"%.*f", []any{2, 3.14159}}, {"%.*f", []any{-1, 3.14159}},
		{"%*.*f", []any{10, 3, math.Pi}}, {"%[2]*[1]d", []any{12, 5}}, {"%[3]*.[2]*[1]f", []any{12.0, 2, 6}},
		{"%", nil}, {"abc%", nil}, {"%%%d%%", []any{5}}, {"%.", []any{1}}, {"%!d", []any{1}}, {"%v %v", []any{nil, nil}},
		{"%s", []any{nil}}, {"%d", []any{nil}}, {"%[2]d", []any{1}}, {"%1000000000d", []any{1}}, {"%.9999999f", []any{1.0}},
		{"%-010d|", []any{42}}, {"%+-5d|", []any{42}}, {"%x", []any{"héllo"}}, {"%X", []any{[]byte{0xde, 0xad}}},
		{"%v", []any{[]any{nil}}}, {"%3c|%-4c|", []any{'a', 'b'}}, {"%q", []any{0x110000}}, {"%c", []any{-1}},
		{"%.3v", []any{"abcdef"}}, {"%5.1q", []any{"abc"}}, {"%#v", []any{map[string]any{"a": []int(nil)}}},
		{"%6.2v", []any{3.14159}}, {"%v", []any{[]float32{1.5, 2}}}, {"%#v", []any{[]float64{1, 2.5}}},
		{"%#v", []any{1.0}}, {"%#v", []any{float32(1e21)}}, {"%#v", []any{"x"}}, {"%#v", []any{uint(7)}},
		{"%#v", []any{[]any{1, "a"}}}, {"%#v", []any{struct{ A any }{nil}}}, {"%#v", []any{&n == nil}},
		{"%x", []any{-255}}, {"%#o", []any{0}}, {"%#x", []any{0}}, {"%.0d", []any{0}}, {"%5.0d|", []any{0}},
		{"%e", []any{0.0}}, {"%g", []any{1e6}}, {"%g", []any{1e-5}}, {"%g", []any{100000.0}}, {"%.3g", []any{1234.5678}},
		{"%#.0f", []any{1.0}}, {"%#.0e", []any{1.0}}, {"%#x", []any{1.5}}, {"%x", []any{1.0}}, {"%b", []any{1.0}},
		{"%.2x", []any{3.0}}, {"%+.2e", []any{float32(-0.000123)}}, {"%v", []any{complex(math.Inf(1), math.NaN())}},
		{"%8.2f|%-8.2f|%08.2f", []any{-1.5, -1.5, -1.5}}, {"% .3f", []any{2.0}}, {"%+ d", []any{5}}, {"%010.4f", []any{math.Inf(-1)}},
		{"%5t|%-6t|", []any{true, false}}, {"%08q", []any{"a"}}, {"%-8x|", []any{"ab"}}, {"%T %T", []any{nil, []any{}}},
		{"%v", []any{struct{ a map[int]int }{map[int]int{2: 1, 1: 2}}}}, {"%d", []any{[]int{1, 2}}}, {"%s", []any{[]string{"a"}}},
		{"%x", []any{[]int{10, 11}}}, {"%q", []any{[]string{"a", "b"}}}, {"%s", []any{5}}, {"%d", []any{"s"}}, {"%t", []any{1}},
		{"%v %d", []any{Str{1}, Str{2}}}, {"%s", []any{&Err{}}}, {"%d", []any{&Err{}}}, {"%v", []any{Panicky{}}}, {"%d", []any{Panicky{}}},
		{"%v", []any{[]Panicky{{}}}}, {"%s", []any{nilns}}, {"%v", []any{[]*NilStr{nil}}}, {"%x", []any{Str{255}}},
		{"%U", []any{'\U0010FFFF'}}, {"%#U", []any{'\n'}}, {"%.6U", []any{'x'}}, {"%#10.6U|", []any{'x'}},
		{"%5%|", nil}, {"%-5%|", nil}, {"%v", []any{[]uint8{1, 2}}}, {"%s", []any{[2]uint8{65, 66}}}, {"%v", []any{&[]int{1}}},
		{"%v", []any{&map[int]int{1: 1}}}, {"%v", []any{&[2]int{}}}, {"%v", []any{[]*S{nil}}}, {"%+v", []any{Emb{X: 3}}},
	}
	for _, tc := range formats {
		check(fmt.Sprintf("Sprintf(%q, %v)", tc.f, tc.a), fmt.Sprintf(tc.f, tc.a...), gfmt.Sprintf(tc.f, tc.a...))
	}
	// Errorf and %w.
	base := errors.New("base")
	e1 := gfmt.Errorf("ctx: %w", base)
	check("Errorf %w msg", fmt.Errorf("ctx: %w", base).Error(), e1.Error())
	check("Errorf Unwrap", base, gerrors.Unwrap(e1))
	check("Errorf Is", true, gerrors.Is(e1, base))
	e2 := gfmt.Errorf("%w and %w and %[1]w", base, os.ErrNotExist)
	check("Errorf 2", fmt.Errorf("%w and %w and %[1]w", base, os.ErrNotExist).Error(), e2.Error())
	check("Errorf 2 Is", true, gerrors.Is(e2, os.ErrNotExist))
	check("Errorf %w nonerror", fmt.Errorf("%w", 5).Error(), gfmt.Errorf("%w", 5).Error())
	check("Sprintf %w", fmt.Sprintf("%w", base), gfmt.Sprintf("%w", base))
	var target *Err
	check("errors.As", true, gerrors.As(gfmt.Errorf("x: %w", &Err{}), &target))
	check("errors.As target", true, target != nil)
	var pe *os.PathError
	check("errors.As false", false, gerrors.As(base, &pe))
	check("Join", errors.Join(base, nil, errors.New("z")).Error(), gerrors.Join(base, nil, gerrors.New("z")).Error())
	check("Join nil", true, gerrors.Join(nil, nil) == nil)

	// reflect: DeepEqual and friends.
	dvals := []any{1, 1.0, "a", []int{1}, []int{1}, []int(nil), []int{}, map[int]int{1: 1}, map[int]int{1: 1}, &n, &n, S{A: 1}, S{A: 1},
		Rec{V: 1}, [2]int{1, 2}, math.NaN(), nil, []any{math.NaN()}, Str{1}}
	for i, a := range dvals {
		for j, b := range dvals {
			check(fmt.Sprintf("DeepEqual %d %d", i, j), reflect.DeepEqual(a, b), greflect.DeepEqual(a, b))
		}
	}
	cyc1 := &Rec{V: 1}
	cyc1.Next = cyc1
	cyc2 := &Rec{V: 1}
	cyc2.Next = cyc2
	check("DeepEqual cycle", true, greflect.DeepEqual(cyc1, cyc2))
	for _, v := range values {
		if v == nil {
			continue
		}
		rt, gt := reflect.TypeOf(v), greflect.TypeOf(v)
		check("Type.String", rt.String(), gt.String())
		check("Type.Kind", rt.Kind().String(), gt.Kind().String())
		check("Type.Name", rt.Name(), gt.Name())
		check("Type.Size", rt.Size(), gt.Size())
		check("Type.NumMethod", rt.NumMethod(), gt.NumMethod())
		rv, gv := reflect.ValueOf(v), greflect.ValueOf(v)
		check("Value.String", rv.String(), gv.String())
		check("Value.IsZero", rv.IsZero(), gv.IsZero())
		if rt.Kind() == reflect.Struct {
			for i := 0; i < rt.NumField(); i++ {
				rf, gf := rt.Field(i), gt.Field(i)
				check("Field", fmt.Sprint(rf.Name, rf.PkgPath, rf.Type, rf.Tag, rf.Offset, rf.Index, rf.Anonymous),
					fmt.Sprint(gf.Name, gf.PkgPath, gf.Type, gf.Tag, gf.Offset, gf.Index, gf.Anonymous))
			}
			check("VisibleFields", len(reflect.VisibleFields(rt)), len(greflect.VisibleFields(gt)))
		}
	}
	type Tagged struct {
		A int `json:"a,omitempty" xml:"x"`
		B int `json:"-"`
		C int `bad tag`
	}
	tt := greflect.TypeOf(Tagged{})
	check("tag", reflect.TypeOf(Tagged{}).Field(0).Tag.Get("json"), tt.Field(0).Tag.Get("json"))
	check("tag2", reflect.TypeOf(Tagged{}).Field(0).Tag.Get("xml"), tt.Field(0).Tag.Get("xml"))
	check("tag3", reflect.TypeOf(Tagged{}).Field(2).Tag.Get("bad"), tt.Field(2).Tag.Get("bad"))
	f, ok := greflect.TypeOf(Emb{}).FieldByName("A")
	check("FieldByName", fmt.Sprint(f.Index, ok), fmt.Sprint([]int{0, 0}, true))
	gv := greflect.ValueOf(&S{}).Elem()
	gv.Field(0).SetInt(77)
	gv.FieldByName("B").SetString("set")
	gv.Field(4).Set(greflect.ValueOf("iface"))
	check("Set", "{77 set [] <nil> iface map[]}", gfmt.Sprint(gv.Interface()))
	m := greflect.MakeMap(greflect.TypeOf(map[string]int{}))
	m.SetMapIndex(greflect.ValueOf("k"), greflect.ValueOf(5))
	check("MakeMap", "map[k:5]", gfmt.Sprint(m.Interface()))
	sl := greflect.Append(greflect.ValueOf([]int{1}), greflect.ValueOf(2), greflect.ValueOf(3))
	check("Append", "[1 2 3]", gfmt.Sprint(sl.Interface()))
	out := greflect.ValueOf(strings.Repeat).Call([]greflect.Value{greflect.ValueOf("ab"), greflect.ValueOf(3)})
	check("Call", "ababab", out[0].String())
	out = greflect.ValueOf(fmt.Sprint).Call([]greflect.Value{greflect.ValueOf(1), greflect.ValueOf("x")})
	check("Call variadic", "1x", out[0].String())
	mv := greflect.ValueOf(Str{9}).MethodByName("String")
	check("Method call", "Str<9>", mv.Call(nil)[0].String())
	check("Convert", int64(3), greflect.ValueOf(3.7).Convert(greflect.TypeOf(int64(0))).Int())
	check("Convert string", "A", greflect.ValueOf(65).Convert(greflect.TypeOf("")).String())

	// Scanning.
	var a, b int
	var s string
	var fl float64
	var u uint8
	var bo bool
	var by []byte
	var r rune
	scans := []struct {
		in, format string
	}{
		{"12 34 hello 2.5 255 true bytes", ""}, {"12\n34\nhello\n2.5\n7\nfalse\nzz", ""}, {"0x1F -0b101 x 1e3 0o17 T b", ""},
		{"1 2", ""}, {"", ""}, {"a", ""}, {"1 2 3 4.5 256 t x", ""}, {"1_000 2", ""},
	}
	for _, sc := range scans {
		var ra, rb, ga, gb int
		var rs, gs string
		var rf, gf float64
		var ru, gu uint8
		var rbo, gbo bool
		var rby, gby []byte
		n1, e1 := fmt.Sscan(sc.in, &ra, &rb, &rs, &rf, &ru, &rbo, &rby)
		n2, e2 := gfmt.Sscan(sc.in, &ga, &gb, &gs, &gf, &gu, &gbo, &gby)
		check("Sscan "+sc.in, fmt.Sprint(n1, e1, ra, rb, rs, rf, ru, rbo, string(rby)), fmt.Sprint(n2, e2, ga, gb, gs, gf, gu, gbo, string(gby)))
		n1, e1 = fmt.Sscanln(sc.in, &ra, &rb)
		n2, e2 = gfmt.Sscanln(sc.in, &ga, &gb)
		check("Sscanln "+sc.in, fmt.Sprint(n1, e1, ra, rb), fmt.Sprint(n2, e2, ga, gb))
	}
	_ = a
	_ = b
	_ = s
	_ = fl
	_ = u
	_ = bo
	_ = by
	_ = r
	scanfs := []struct{ in, f string }{
		{"3-4 x", "%d-%d %s"}, {"3 - 4", "%d - %d"}, {"(1,2)", "(%d,%d)"}, {"12345", "%2d%3d"}, {"ab", "%c%c"},
		{"5%", "%d%%"}, {"1\n2", "%d %d"}, {"1\n2", "%d\n%d"}, {"1 2\n", "%d %d\n"}, {"x", "%d"}, {"0x10 0x20", "%x %v"},
		{`"quoted str" rest`, "%q %s"}, {"6162 ff", "%x %x"}, {"1.5e2 3", "%g %d"}, {"true false", "%t %v"}, {"1", "%d %d"},
		{"1 2 3", "%d %d"}, {"U+1F600", "%U"}, {"abc def", "%3s%s"}, {"  7", "%d"}, {"7 8", "%d%d"}, {"9:30", "%d:%d"},
	}
	for _, sc := range scanfs {
		var r1, r2 any
		var g1, g2 any
		switch {
		case strings.Contains(sc.f, "%s") || strings.Contains(sc.f, "%q"):
			var x1, x2 string
			var y1, y2 string
			r1, r2, g1, g2 = &x1, &y1, &x2, &y2
		case strings.Contains(sc.f, "%c") || strings.Contains(sc.f, "%U"):
			var x1, x2, y1, y2 rune
			r1, r2, g1, g2 = &x1, &y1, &x2, &y2
		case strings.Contains(sc.f, "%t"):
			var x1, x2, y1, y2 bool
			r1, r2, g1, g2 = &x1, &y1, &x2, &y2
		case strings.Contains(sc.f, "%g"):
			var x1, x2 float64
			var y1, y2 int
			r1, r2, g1, g2 = &x1, &y1, &x2, &y2
		default:
			var x1, x2, y1, y2 int
			r1, r2, g1, g2 = &x1, &y1, &x2, &y2
		}
		n1, e1 := fmt.Sscanf(sc.in, sc.f, r1, r2)
		n2, e2 := gfmt.Sscanf(sc.in, sc.f, g1, g2)
		check("Sscanf "+sc.in+" "+sc.f, fmt.Sprint(n1, e1, reflect.ValueOf(r1).Elem(), reflect.ValueOf(r2).Elem()),
			fmt.Sprint(n2, e2, reflect.ValueOf(g1).Elem(), reflect.ValueOf(g2).Elem()))
	}
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}

// conv maps the test's values to their gots counterparts where the two
// libraries have distinct types.
func conv(v any) any {
	switch x := v.(type) {
	case Fmter:
		return gFmter{}
	case reflect.Value:
		if !x.IsValid() {
			return greflect.Value{}
		}
		return greflect.ValueOf(x.Interface())
	}
	return v
}
