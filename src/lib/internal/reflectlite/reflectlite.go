// Package reflectlite is a small subset of reflect for the packages that
// cannot import reflect (errors, sort): type identity and assignability,
// pointer and interface indirection, Set, and Swapper. It is written over
// the natives of internal/rtype; no natives of its own.
package reflectlite

import (
	"internal/rtype"
	"unsafe"
)

// Kind is the kind of type a Type represents (numbered as reflect.Kind).
type Kind uint

const (
	Invalid       Kind = rtype.Invalid
	Bool          Kind = rtype.KBool
	Int           Kind = rtype.Int
	String        Kind = rtype.KString
	Array         Kind = rtype.Array
	Slice         Kind = rtype.Slice
	Struct        Kind = rtype.Struct
	Func          Kind = rtype.Func
	Interface     Kind = rtype.Interface
	Map           Kind = rtype.Map
	Chan          Kind = rtype.Chan
	Ptr           Kind = rtype.Pointer
	UnsafePointer Kind = rtype.UnsafePointer
)

// Type is the representation of a Go type.
type Type interface {
	Name() string
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
	common() unsafe.Pointer
}

type rtyp struct{ p unsafe.Pointer }

func toType(p unsafe.Pointer) Type {
	if p == nil {
		return nil
	}
	return &rtyp{p}
}

func (t *rtyp) common() unsafe.Pointer { return t.p }
func (t *rtyp) Name() string           { return rtype.Name(t.p) }
func (t *rtyp) PkgPath() string        { return rtype.PkgPath(t.p) }
func (t *rtyp) Size() uintptr          { return rtype.Size(t.p) }
func (t *rtyp) Kind() Kind             { return Kind(rtype.KindOf(t.p)) }
func (t *rtyp) Comparable() bool       { return rtype.Comparable(t.p) }
func (t *rtyp) String() string         { return rtype.String(t.p) }

func (t *rtyp) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Ptr, Slice:
		return toType(rtype.Elem(t.p))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtyp) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return rtype.Implements(t.p, u.common())
}

func (t *rtyp) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return rtype.AssignableTo(t.p, u.common())
}

// TypeOf returns the dynamic type of i, or nil if i is nil.
func TypeOf(i any) Type {
	t, _ := rtype.Unpack(i)
	return toType(t)
}

// Value is the reflection interface to a Go value.
type Value struct {
	typ      unsafe.Pointer
	ptr      unsafe.Pointer
	settable bool
}

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value {
	t, p := rtype.Unpack(i)
	return Value{typ: t, ptr: p}
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != nil }

// Kind returns v's Kind, or Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(rtype.KindOf(v.typ))
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return toType(v.typ)
}

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.settable }

// Elem returns the value that the interface v contains or that the pointer v
// points to.
func (v Value) Elem() Value {
	switch k := v.Kind(); k {
	case Interface:
		x := rtype.LoadInterface(v.typ, v.ptr)
		return ValueOf(x)
	case Ptr:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{typ: rtype.Elem(v.typ), ptr: p, settable: true}
	default:
		panic(&ValueError{"reflectlite.Value.Elem", k})
	}
}

// IsNil reports whether v, of a kind that can be nil, is nil.
func (v Value) IsNil() bool {
	switch k := v.Kind(); k {
	case Chan, Func, Map, Ptr, UnsafePointer, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Interface:
		return rtype.LoadInterface(v.typ, v.ptr) == nil
	default:
		panic(&ValueError{"reflectlite.Value.IsNil", k})
	}
}

// Len returns v's length (array, chan, map, slice, string).
func (v Value) Len() int {
	switch k := v.Kind(); k {
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return len(*(*string)(v.ptr))
	case Array:
		return rtype.Len(v.typ)
	case Chan:
		return rtype.ChanLen(*(*unsafe.Pointer)(v.ptr))
	case Map:
		return rtype.MapLen(*(*unsafe.Pointer)(v.ptr))
	default:
		panic(&ValueError{"reflect.Value.Len", k})
	}
}

// Set assigns x to the value v; v must be settable and x assignable to v's
// type.
func (v Value) Set(x Value) {
	if !v.settable {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if !rtype.AssignableTo(x.typ, v.typ) {
		panic("reflect: " + rtype.String(x.typ) + " is not assignable to type " + rtype.String(v.typ))
	}
	if rtype.KindOf(v.typ) == rtype.Interface && rtype.KindOf(x.typ) != rtype.Interface {
		rtype.StoreInterface(v.typ, v.ptr, rtype.Pack(x.typ, x.ptr))
		return
	}
	rtype.Copy(v.typ, v.ptr, x.ptr)
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// A ValueError occurs when a Value method is invoked on a Value that does not
// support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	return "reflect: call of " + e.Method + " on " + kindName(e.Kind) + " Value"
}

func kindName(k Kind) string {
	switch k {
	case Invalid:
		return "zero"
	case Interface:
		return "interface"
	case Ptr:
		return "ptr"
	case Slice:
		return "slice"
	case Map:
		return "map"
	case Chan:
		return "chan"
	case Func:
		return "func"
	case Struct:
		return "struct"
	case Array:
		return "array"
	case String:
		return "string"
	}
	return "kind"
}

// Swapper returns a function that swaps the elements of the slice at indexes
// i and j.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := (*sliceHeader)(v.ptr)
	switch s.len {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	et := rtype.Elem(v.typ)
	size := rtype.Size(et)
	tmp := rtype.New(et)
	data, n := s.data, s.len
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Add(data, uintptr(i)*size)
		pj := unsafe.Add(data, uintptr(j)*size)
		rtype.Copy(et, tmp, pi)
		rtype.Copy(et, pi, pj)
		rtype.Copy(et, pj, tmp)
	}
}
