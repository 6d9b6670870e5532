package rtype

import (
	"reflect"
	"unsafe"
)

// A type descriptor handle is the runtime's *abi.Type, which is both an
// interface's type word and a reflect.Type's data word.

func toType(p unsafe.Pointer) reflect.Type {
	var i any
	(*[2]unsafe.Pointer)(unsafe.Pointer(&i))[0] = p
	return reflect.TypeOf(i)
}

func fromType(t reflect.Type) unsafe.Pointer {
	if t == nil {
		return nil
	}
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&t))[1]
}

func at(t unsafe.Pointer, p unsafe.Pointer) reflect.Value {
	return reflect.NewAt(toType(t), p).Elem()
}

func Unpack(i any) (unsafe.Pointer, unsafe.Pointer) {
	if i == nil {
		return nil, nil
	}
	v := reflect.ValueOf(i)
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	return fromType(v.Type()), p.UnsafePointer()
}

func Pack(t unsafe.Pointer, p unsafe.Pointer) any { return at(t, p).Interface() }

func LoadInterface(t unsafe.Pointer, p unsafe.Pointer) any {
	v := at(t, p)
	if v.IsNil() {
		return nil
	}
	return v.Elem().Interface()
}

func StoreInterface(t unsafe.Pointer, p unsafe.Pointer, x any) {
	v := at(t, p)
	if x == nil {
		v.Set(reflect.Zero(v.Type()))
		return
	}
	v.Set(reflect.ValueOf(x))
}

func KindOf(t unsafe.Pointer) int        { return int(toType(t).Kind()) }
func String(t unsafe.Pointer) string     { return toType(t).String() }
func Name(t unsafe.Pointer) string       { return toType(t).Name() }
func PkgPath(t unsafe.Pointer) string    { return toType(t).PkgPath() }
func Size(t unsafe.Pointer) uintptr      { return toType(t).Size() }
func Align(t unsafe.Pointer) int         { return toType(t).Align() }
func FieldAlign(t unsafe.Pointer) int    { return toType(t).FieldAlign() }
func Comparable(t unsafe.Pointer) bool   { return toType(t).Comparable() }
func Elem(t unsafe.Pointer) unsafe.Pointer { return fromType(toType(t).Elem()) }
func Key(t unsafe.Pointer) unsafe.Pointer  { return fromType(toType(t).Key()) }
func Len(t unsafe.Pointer) int           { return toType(t).Len() }
func ChanDir(t unsafe.Pointer) int       { return int(toType(t).ChanDir()) }
func NumField(t unsafe.Pointer) int      { return toType(t).NumField() }

func Field(t unsafe.Pointer, i int) (string, string, unsafe.Pointer, string, uintptr, bool) {
	f := toType(t).Field(i)
	return f.Name, f.PkgPath, fromType(f.Type), string(f.Tag), f.Offset, f.Anonymous
}

func NumIn(t unsafe.Pointer) int                  { return toType(t).NumIn() }
func In(t unsafe.Pointer, i int) unsafe.Pointer   { return fromType(toType(t).In(i)) }
func NumOut(t unsafe.Pointer) int                 { return toType(t).NumOut() }
func Out(t unsafe.Pointer, i int) unsafe.Pointer  { return fromType(toType(t).Out(i)) }
func IsVariadic(t unsafe.Pointer) bool            { return toType(t).IsVariadic() }
func NumMethod(t unsafe.Pointer) int              { return toType(t).NumMethod() }

func Method(t unsafe.Pointer, i int) (string, string, unsafe.Pointer) {
	tt := toType(t)
	m := tt.Method(i)
	mt := m.Type
	if tt.Kind() != reflect.Interface {
		// Drop the receiver.
		in := make([]reflect.Type, mt.NumIn()-1)
		for j := range in {
			in[j] = mt.In(j + 1)
		}
		out := make([]reflect.Type, mt.NumOut())
		for j := range out {
			out[j] = mt.Out(j)
		}
		mt = reflect.FuncOf(in, out, mt.IsVariadic())
	}
	return m.Name, m.PkgPath, fromType(mt)
}

func Implements(t, iface unsafe.Pointer) bool    { return toType(t).Implements(toType(iface)) }
func AssignableTo(t, u unsafe.Pointer) bool      { return toType(t).AssignableTo(toType(u)) }
func ConvertibleTo(t, u unsafe.Pointer) bool     { return toType(t).ConvertibleTo(toType(u)) }
func PointerTo(t unsafe.Pointer) unsafe.Pointer  { return fromType(reflect.PointerTo(toType(t))) }
func SliceOf(t unsafe.Pointer) unsafe.Pointer    { return fromType(reflect.SliceOf(toType(t))) }
func ArrayOf(n int, t unsafe.Pointer) unsafe.Pointer { return fromType(reflect.ArrayOf(n, toType(t))) }
func MapOf(k, e unsafe.Pointer) unsafe.Pointer   { return fromType(reflect.MapOf(toType(k), toType(e))) }
func ChanOf(dir int, t unsafe.Pointer) unsafe.Pointer {
	return fromType(reflect.ChanOf(reflect.ChanDir(dir), toType(t)))
}

func FuncOf(in, out []unsafe.Pointer, variadic bool) unsafe.Pointer {
	var ins, outs []reflect.Type
	for _, p := range in {
		ins = append(ins, toType(p))
	}
	for _, p := range out {
		outs = append(outs, toType(p))
	}
	return fromType(reflect.FuncOf(ins, outs, variadic))
}

func StructOf(names []string, types []unsafe.Pointer, tags []string, embedded []bool) unsafe.Pointer {
	var fs []reflect.StructField
	for i := range names {
		fs = append(fs, reflect.StructField{Name: names[i], Type: toType(types[i]), Tag: reflect.StructTag(tags[i]), Anonymous: embedded[i]})
	}
	return fromType(reflect.StructOf(fs))
}

func New(t unsafe.Pointer) unsafe.Pointer { return reflect.New(toType(t)).UnsafePointer() }

func NewArray(t unsafe.Pointer, n int) unsafe.Pointer {
	return reflect.New(reflect.ArrayOf(n, toType(t))).UnsafePointer()
}

func Copy(t unsafe.Pointer, dst, src unsafe.Pointer) { at(t, dst).Set(at(t, src)) }

func Equal(t unsafe.Pointer, p, q unsafe.Pointer) bool {
	return at(t, p).Interface() == at(t, q).Interface()
}

func MakeMap(t unsafe.Pointer, hint int) unsafe.Pointer {
	return reflect.MakeMapWithSize(toType(t), hint).UnsafePointer()
}

func MapLen(m unsafe.Pointer) int {
	if m == nil {
		return 0
	}
	return *(*int)(m)
}

func mapValue(t unsafe.Pointer, m unsafe.Pointer) reflect.Value { return at(t, unsafe.Pointer(&m)) }

func copyOut(v reflect.Value) unsafe.Pointer {
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	return p.UnsafePointer()
}

func MapAccess(t, m, key unsafe.Pointer) unsafe.Pointer {
	tt := toType(t)
	v := mapValue(t, m).MapIndex(at(fromType(tt.Key()), key))
	if !v.IsValid() {
		return nil
	}
	return copyOut(v)
}

func MapAssign(t, m, key, elem unsafe.Pointer) {
	tt := toType(t)
	mapValue(t, m).SetMapIndex(at(fromType(tt.Key()), key), at(fromType(tt.Elem()), elem))
}

func MapDelete(t, m, key unsafe.Pointer) {
	tt := toType(t)
	mapValue(t, m).SetMapIndex(at(fromType(tt.Key()), key), reflect.Value{})
}

func MapClear(t, m unsafe.Pointer) { mapValue(t, m).Clear() }

type mapIter struct {
	it   *reflect.MapIter
	k, e unsafe.Pointer
}

func (it *mapIter) step() {
	if it.it.Next() {
		it.k, it.e = copyOut(it.it.Key()), copyOut(it.it.Value())
	} else {
		it.k, it.e = nil, nil
	}
}

func MapIterStart(t, m unsafe.Pointer) unsafe.Pointer {
	it := &mapIter{it: mapValue(t, m).MapRange()}
	it.step()
	return unsafe.Pointer(it)
}

func MapIterKey(it unsafe.Pointer) unsafe.Pointer  { return (*mapIter)(it).k }
func MapIterElem(it unsafe.Pointer) unsafe.Pointer { return (*mapIter)(it).e }
func MapIterNext(it unsafe.Pointer)                { (*mapIter)(it).step() }

func MakeChan(t unsafe.Pointer, size int) unsafe.Pointer {
	return reflect.MakeChan(toType(t), size).UnsafePointer()
}

func ChanLen(c unsafe.Pointer) int {
	if c == nil {
		return 0
	}
	return int(*(*uint)(c))
}

func ChanCap(c unsafe.Pointer) int {
	if c == nil {
		return 0
	}
	return int(*(*uint)(unsafe.Add(c, 8)))
}

// chanValue rebuilds a channel Value; the element type is not needed for close.
func chanValue(t unsafe.Pointer, c unsafe.Pointer) reflect.Value { return at(t, unsafe.Pointer(&c)) }


func ChanClose(c unsafe.Pointer) { close(*(*chan struct{})(unsafe.Pointer(&c))) }

func ChanSend(t, c, p unsafe.Pointer, nb bool) bool {
	cv := chanValue(t, c)
	x := at(fromType(toType(t).Elem()), p)
	if nb {
		return cv.TrySend(x)
	}
	cv.Send(x)
	return true
}

func ChanRecv(t, c, p unsafe.Pointer, nb bool) (bool, bool) {
	cv := chanValue(t, c)
	var x reflect.Value
	var ok bool
	if nb {
		x, ok = cv.TryRecv()
		if !x.IsValid() {
			return false, false
		}
	} else {
		x, ok = cv.Recv()
	}
	if p != nil {
		at(fromType(toType(t).Elem()), p).Set(x)
	}
	return true, ok
}

func Select(dirs []int, chans []unsafe.Pointer, elemTypes []unsafe.Pointer, vals []unsafe.Pointer) (int, bool) {
	cases := make([]reflect.SelectCase, len(dirs))
	for i, d := range dirs {
		switch d {
		case 1:
			ct := reflect.ChanOf(reflect.BothDir, toType(elemTypes[i]))
			cases[i] = reflect.SelectCase{Dir: reflect.SelectSend, Chan: at(fromType(ct), unsafe.Pointer(&chans[i])), Send: at(elemTypes[i], vals[i])}
		case 2:
			ct := reflect.ChanOf(reflect.BothDir, toType(elemTypes[i]))
			cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: at(fromType(ct), unsafe.Pointer(&chans[i]))}
		default:
			cases[i] = reflect.SelectCase{Dir: reflect.SelectDefault}
		}
	}
	chosen, recv, ok := reflect.Select(cases)
	if dirs[chosen] == 2 && vals[chosen] != nil && recv.IsValid() {
		at(elemTypes[chosen], vals[chosen]).Set(recv)
	}
	return chosen, ok
}

func callWith(fv reflect.Value, ft reflect.Type, args []unsafe.Pointer, results []unsafe.Pointer) {
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = at(fromType(ft.In(i)), a)
	}
	var out []reflect.Value
	if ft.IsVariadic() {
		out = fv.CallSlice(in)
	} else {
		out = fv.Call(in)
	}
	for i, r := range out {
		at(fromType(ft.Out(i)), results[i]).Set(r)
	}
}

func Call(ft unsafe.Pointer, fn unsafe.Pointer, args []unsafe.Pointer, results []unsafe.Pointer) {
	callWith(at(ft, unsafe.Pointer(&fn)), toType(ft), args, results)
}

func CallMethod(t unsafe.Pointer, i int, recv unsafe.Pointer, args []unsafe.Pointer, results []unsafe.Pointer) {
	m := at(t, recv).Method(i)
	callWith(m, m.Type(), args, results)
}

func MakeFunc(ft unsafe.Pointer, impl func(args []unsafe.Pointer, results []unsafe.Pointer)) unsafe.Pointer {
	tt := toType(ft)
	fv := reflect.MakeFunc(tt, func(in []reflect.Value) []reflect.Value {
		args := make([]unsafe.Pointer, len(in))
		for i, v := range in {
			args[i] = copyOut(v)
		}
		results := make([]unsafe.Pointer, tt.NumOut())
		for i := range results {
			results[i] = reflect.New(tt.Out(i)).UnsafePointer()
		}
		impl(args, results)
		out := make([]reflect.Value, len(results))
		for i, r := range results {
			out[i] = at(fromType(tt.Out(i)), r)
		}
		return out
	})
	p := reflect.New(tt)
	p.Elem().Set(fv)
	return *(*unsafe.Pointer)(p.UnsafePointer())
}

func FuncEntry(fn unsafe.Pointer) uintptr {
	if fn == nil {
		return 0
	}
	return *(*uintptr)(fn)
}
