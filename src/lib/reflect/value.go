package reflect

import (
	abi "internal/rtype"
	"iter"
	"strconv"
	"unsafe"
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	flag
}

type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagIndir       flag = 1 << 7
	flagAddr        flag = 1 << 8
	flagMethod      flag = 1 << 9
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A ValueError occurs when a Value method is invoked on a Value that does not
// support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) mustBe(expected Kind, method string) {
	if Kind(f&flagKindMask) != expected {
		panic(&ValueError{method, f.kind()})
	}
}

func (f flag) mustBeExported(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// boxPointer returns the address of a fresh word holding p.
func boxPointer(p unsafe.Pointer) unsafe.Pointer {
	b := new(unsafe.Pointer)
	*b = p
	return unsafe.Pointer(b)
}

func (v Value) word() unsafe.Pointer { return *(*unsafe.Pointer)(v.ptr) }

// ValueOf returns a new Value initialized to the concrete value stored in the
// interface i.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	t, p := abi.Unpack(i)
	return Value{toRType(t), p, flag(abi.KindOf(t)) | flagIndir}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, abi.New(t.p()), flag(t.Kind()) | flagIndir}
}

// New returns a Value representing a pointer to a new zero value for the
// specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	p := abi.New(t.p())
	pt := toRType(abi.PointerTo(t.p()))
	return Value{pt, boxPointer(p), flag(Pointer) | flagIndir}
}

// NewAt returns a Value representing a pointer to a value of the specified
// type, using p as that pointer.
func NewAt(typ Type, p unsafe.Pointer) Value {
	pt := toRType(abi.PointerTo(typ.common().p()))
	return Value{pt, boxPointer(p), flag(Pointer) | flagIndir}
}

// Indirect returns the value that v points to.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.flag != 0 }

// Kind returns v's Kind.
func (v Value) Kind() Kind { return v.kind() }

// Type returns v's type.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return toType(v.methodType())
	}
	return v.typ
}

// methodType returns the func type (without receiver) of a method value.
func (v Value) methodType() unsafe.Pointer {
	i := int(v.flag) >> flagMethodShift
	_, _, mt := abi.Method(v.typ.p(), i)
	return mt
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed: it is addressable and
// was not obtained by the use of unexported struct fields.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	fl := v.flag & flagRO
	pt := toRType(abi.PointerTo(v.typ.p()))
	return Value{pt, boxPointer(v.ptr), fl | flag(Pointer) | flagIndir}
}

// UnsafeAddr returns a pointer to v's data, as a uintptr.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() (i any) { return valueInterface(v, true) }

func valueInterface(v Value, safe bool) any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		v = makeMethodValue("Interface", v)
	}
	if v.kind() == Interface {
		return abi.LoadInterface(v.typ.p(), v.ptr)
	}
	return abi.Pack(v.typ.p(), v.ptr)
}

// InterfaceData returns a pair of unspecified uintptr values.
//
// Deprecated: The memory representation of interface values is not compatible
// with InterfaceData.
func (v Value) InterfaceData() [2]uintptr {
	v.mustBe(Interface, "reflect.Value.InterfaceData")
	return *(*[2]uintptr)(v.ptr)
}

// makeMethodValue converts a method Value into an ordinary func Value bound
// to its receiver.
func makeMethodValue(op string, v Value) Value {
	if v.flag&flagMethod == 0 {
		panic("reflect: internal error: invalid use of makeMethodValue")
	}
	i := int(v.flag) >> flagMethodShift
	ft := v.methodType()
	recvType := v.typ.p()
	recv := abi.New(recvType)
	abi.Copy(recvType, recv, v.ptr)
	fn := abi.MakeFunc(ft, func(args []unsafe.Pointer, results []unsafe.Pointer) {
		abi.CallMethod(recvType, i, recv, args, results)
	})
	return Value{toRType(ft), boxPointer(fn), v.flag.ro() | flag(Func) | flagIndir}
}

// Elem returns the value that the interface v contains or that the pointer v
// points to.
func (v Value) Elem() Value {
	switch k := v.kind(); k {
	case Interface:
		x := abi.LoadInterface(v.typ.p(), v.ptr)
		if x == nil {
			return Value{}
		}
		t, p := abi.Unpack(x)
		return Value{toRType(t), p, flag(abi.KindOf(t)) | flagIndir | v.flag.ro()}
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		et := toRType(abi.Elem(v.typ.p()))
		return Value{et, p, v.flag&flagRO | flagIndir | flagAddr | flag(et.Kind())}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	if uint(i) >= uint(abi.NumField(v.typ.p())) {
		panic("reflect: Field index out of range")
	}
	_, pkgPath, ft, _, offset, embedded := abi.Field(v.typ.p(), i)
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(abi.KindOf(ft))
	if pkgPath != "" {
		if embedded {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{toRType(ft), unsafe.Add(v.ptr, offset), fl}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.typ.Elem().Kind() == Struct {
				if v.IsNil() {
					panic("reflect: indirection through nil pointer to embedded struct")
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}

type errorString string

func (e errorString) Error() string { return string(e) }

// FieldByIndexErr returns the nested field corresponding to index, or an
// error if evaluation requires stepping through a nil pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.typ.Elem().Kind() == Struct {
				if v.IsNil() {
					return Value{}, errorString("reflect: indirection through nil pointer to embedded struct field " + nameFor(v.typ.Elem()))
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v, nil
}

func nameFor(t Type) string { return t.Name() }

// FieldByName returns the struct field with the given name, or the zero Value
// if no field was found.
func (v Value) FieldByName(name string) Value {
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc returns the struct field with a name that satisfies the
// match function, or the zero Value.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return abi.NumField(v.typ.p())
}

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

var uint8Type = toRType(func() unsafe.Pointer { t, _ := abi.Unpack(uint8(0)); return t }())

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		n := abi.Len(v.typ.p())
		if uint(i) >= uint(n) {
			panic("reflect: array index out of range")
		}
		et := toRType(abi.Elem(v.typ.p()))
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(et.Kind())
		return Value{et, unsafe.Add(v.ptr, uintptr(i)*abi.Size(et.p())), fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		et := toRType(abi.Elem(v.typ.p()))
		fl := flagAddr | flagIndir | v.flag.ro() | flag(et.Kind())
		return Value{et, unsafe.Add(s.Data, uintptr(i)*abi.Size(et.p())), fl}
	case String:
		s := *(*string)(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		b := new(byte)
		*b = s[i]
		return Value{uint8Type, unsafe.Pointer(b), v.flag.ro() | flag(Uint8) | flagIndir}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// Len returns v's length.
func (v Value) Len() int {
	switch k := v.kind(); k {
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Array:
		return abi.Len(v.typ.p())
	case Chan:
		return abi.ChanLen(v.word())
	case Map:
		return abi.MapLen(v.word())
	case Pointer:
		if et := toRType(abi.Elem(v.typ.p())); et.Kind() == Array {
			return abi.Len(et.p())
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch k := v.kind(); k {
	case Array:
		return abi.Len(v.typ.p())
	case Chan:
		return abi.ChanCap(v.word())
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Pointer:
		if et := toRType(abi.Elem(v.typ.p())); et.Kind() == Array {
			return abi.Len(et.p())
		}
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// IsNil reports whether its argument v is nil.
func (v Value) IsNil() bool {
	switch k := v.kind(); k {
	case Chan, Func, Map, Pointer, UnsafePointer:
		if v.flag&flagMethod != 0 {
			return false
		}
		return v.word() == nil
	case Interface:
		return abi.LoadInterface(v.typ.p(), v.ptr) == nil
	case Slice:
		return (*sliceHeader)(v.ptr).Data == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return v.Float() == 0
	case Complex64, Complex128:
		return v.Complex() == 0
	case Array:
		n := v.Len()
		for i := 0; i < n; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// SetZero sets v to be the zero value of v's type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	abi.Copy(v.typ.p(), v.ptr, abi.New(v.typ.p()))
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	if v.kind() != Bool {
		panic(&ValueError{"reflect.Value.Bool", v.kind()})
	}
	return *(*bool)(v.ptr)
}

// Bytes returns v's underlying value.
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if toRType(abi.Elem(v.typ.p())).Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if toRType(abi.Elem(v.typ.p())).Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		n := abi.Len(v.typ.p())
		return unsafe.Slice((*byte)(v.ptr), n)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

func (v Value) runes() []rune {
	v.mustBe(Slice, "reflect.Value.runes")
	return *(*[]rune)(v.ptr)
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	switch v.kind() {
	case Float32, Float64:
		return true
	}
	return false
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	switch v.kind() {
	case Complex64, Complex128:
		return true
	}
	return false
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, as a string.
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch k := v.kind(); k {
	case Pointer, Chan, Map, UnsafePointer:
		return uintptr(v.word())
	case Func:
		if v.flag&flagMethod != 0 {
			return methodValueCallCode
		}
		return abi.FuncEntry(v.word())
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).Data)
	case String:
		return uintptr((*stringHeader)(v.ptr).Data)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// methodValueCallCode is what Pointer reports for every method value, as all
// method values share one code pointer in gc.
const methodValueCallCode = 1

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer:
		return v.word()
	case Slice:
		return (*sliceHeader)(v.ptr).Data
	case String:
		return (*stringHeader)(v.ptr).Data
	}
	pc := v.Pointer()
	return *(*unsafe.Pointer)(unsafe.Pointer(&pc))
}

func (v Value) setCheck(k Kind, method string) {
	v.mustBeAssignable(method)
	v.mustBe(k, method)
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	x = x.assignTo("reflect.Set", v.typ)
	abi.Copy(v.typ.p(), v.ptr, x.ptr)
}

// assignTo returns x converted to be assignable to type dst (for an interface
// dst, a Value of type dst holding x).
func (v Value) assignTo(context string, dst *rtype) Value {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue(context, v)
	}
	if v.typ == dst {
		return v
	}
	if !abi.AssignableTo(v.typ.p(), dst.p()) {
		panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
	}
	if dst.Kind() == Interface {
		p := abi.New(dst.p())
		if v.kind() != Interface || !v.IsNil() {
			abi.StoreInterface(dst.p(), p, valueInterface(v, false))
		}
		return Value{dst, p, flag(Interface) | flagIndir}
	}
	return Value{dst, v.ptr, v.flag&^flagKindMask | flag(dst.Kind())}
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.setCheck(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

// SetBytes sets v's underlying value, which must be a slice of bytes.
func (v Value) SetBytes(x []byte) {
	v.setCheck(Slice, "reflect.Value.SetBytes")
	if toRType(abi.Elem(v.typ.p())).Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch k := v.kind(); k {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch k := v.kind(); k {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch k := v.kind(); k {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch k := v.kind(); k {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.setCheck(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.setCheck(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.setCheck(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.setCheck(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

// Grow increases the slice's capacity, if necessary, to guarantee space for
// another n elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	s := (*sliceHeader)(v.ptr)
	if s.Len+n > s.Cap {
		v.grow(n)
	}
}

// grow reallocates the slice at v with room for n more elements.
func (v Value) grow(n int) {
	s := (*sliceHeader)(v.ptr)
	et := abi.Elem(v.typ.p())
	need := s.Len + n
	newCap := s.Cap * 2
	if s.Cap >= 256 {
		newCap = s.Cap + (s.Cap+3*256)/4
	}
	if newCap < need {
		newCap = need
	}
	data := abi.NewArray(et, newCap)
	size := abi.Size(et)
	for i := 0; i < s.Len; i++ {
		abi.Copy(et, unsafe.Add(data, uintptr(i)*size), unsafe.Add(s.Data, uintptr(i)*size))
	}
	s.Data = data
	s.Cap = newCap
}

// Clear clears the contents of a map or zeros the contents of a slice.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		s := (*sliceHeader)(v.ptr)
		et := abi.Elem(v.typ.p())
		zero := abi.New(et)
		size := abi.Size(et)
		for i := 0; i < s.Len; i++ {
			abi.Copy(et, unsafe.Add(s.Data, uintptr(i)*size), zero)
		}
	case Map:
		abi.MapClear(v.typ.p(), v.word())
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	switch kind := v.kind(); kind {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		n := abi.Len(v.typ.p())
		if i < 0 || j < i || j > n {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		et := abi.Elem(v.typ.p())
		st := toRType(abi.SliceOf(et))
		h := &sliceHeader{unsafe.Add(v.ptr, uintptr(i)*abi.Size(et)), j - i, n - i}
		return Value{st, unsafe.Pointer(h), v.flag.ro() | flagIndir | flag(Slice)}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if i < 0 || j < i || j > s.Cap {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		et := abi.Elem(v.typ.p())
		h := &sliceHeader{s.Data, j - i, s.Cap - i}
		if s.Cap-i > 0 {
			h.Data = unsafe.Add(s.Data, uintptr(i)*abi.Size(et))
		}
		return Value{v.typ, unsafe.Pointer(h), v.flag.ro() | flagIndir | flag(Slice)}
	case String:
		s := *(*string)(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		p := new(string)
		*p = s[i:j]
		return Value{v.typ, unsafe.Pointer(p), v.flag.ro() | flagIndir | flag(String)}
	}
	panic(&ValueError{"reflect.Value.Slice", v.kind()})
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	switch kind := v.kind(); kind {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		n := abi.Len(v.typ.p())
		if i < 0 || j < i || k < j || k > n {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		et := abi.Elem(v.typ.p())
		st := toRType(abi.SliceOf(et))
		h := &sliceHeader{unsafe.Add(v.ptr, uintptr(i)*abi.Size(et)), j - i, k - i}
		return Value{st, unsafe.Pointer(h), v.flag.ro() | flagIndir | flag(Slice)}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if i < 0 || j < i || k < j || k > s.Cap {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		et := abi.Elem(v.typ.p())
		h := &sliceHeader{s.Data, j - i, k - i}
		if k-i > 0 {
			h.Data = unsafe.Add(s.Data, uintptr(i)*abi.Size(et))
		}
		return Value{v.typ, unsafe.Pointer(h), v.flag.ro() | flagIndir | flag(Slice)}
	}
	panic(&ValueError{"reflect.Value.Slice3", v.kind()})
}

// MakeSlice creates a new zero-initialized slice value for the specified
// slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	h := &sliceHeader{abi.NewArray(abi.Elem(t.p()), cap), len, cap}
	return Value{t, unsafe.Pointer(h), flagIndir | flag(Slice)}
}

// SliceAt returns a Value representing a slice whose underlying data starts
// at p, with length and capacity equal to n.
func SliceAt(typ Type, p unsafe.Pointer, n int) Value {
	st := toRType(abi.SliceOf(typ.common().p()))
	h := &sliceHeader{p, n, n}
	return Value{st, unsafe.Pointer(h), flagIndir | flag(Slice)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.extendSlice(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if s.typ.Elem() != t.typ.Elem() {
		panic("reflect.AppendSlice: " + s.typ.String() + " != " + t.typ.String())
	}
	ns := s.Len()
	nt := t.Len()
	s = s.extendSlice(nt)
	Copy(s.Slice(ns, ns+nt), t)
	return s
}

// extendSlice returns a copy of the slice header of v, extended by n elements
// (reallocated if needed), as an addressable Value.
func (v Value) extendSlice(n int) Value {
	v.mustBeExported("reflect.Append")
	h := new(sliceHeader)
	*h = *(*sliceHeader)(v.ptr)
	ns := Value{v.typ, unsafe.Pointer(h), flagIndir | flagAddr | flag(Slice)}
	if h.Len+n > h.Cap {
		ns.grow(n)
	}
	h.Len += n
	return ns
}

// Copy copies the contents of src into dst until either dst has been filled
// or src has been exhausted.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && toRType(abi.Elem(dst.typ.p())).Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	if stringCopy {
		s := *(*string)(src.ptr)
		var d []byte
		if dk == Array {
			d = unsafe.Slice((*byte)(dst.ptr), n)
		} else {
			d = *(*[]byte)(dst.ptr)
		}
		return copy(d, s)
	}
	et := abi.Elem(dst.typ.p())
	if abi.Elem(src.typ.p()) != et {
		panic("reflect.Copy: " + src.typ.String() + " != " + dst.typ.String())
	}
	dp := dst.ptr
	if dk == Slice {
		dp = (*sliceHeader)(dst.ptr).Data
	}
	sp := src.ptr
	if sk == Slice {
		sp = (*sliceHeader)(src.ptr).Data
	}
	size := abi.Size(et)

	if uintptr(dp) <= uintptr(sp) {
		for i := 0; i < n; i++ {
			abi.Copy(et, unsafe.Add(dp, uintptr(i)*size), unsafe.Add(sp, uintptr(i)*size))
		}
	} else {
		for i := n - 1; i >= 0; i-- {
			abi.Copy(et, unsafe.Add(dp, uintptr(i)*size), unsafe.Add(sp, uintptr(i)*size))
		}
	}
	return n
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial space
// for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	m := abi.MakeMap(t.p(), n)
	return Value{t, boxPointer(m), flagIndir | flag(Map)}
}

// MapIndex returns the value associated with key in the map v, or the zero
// Value if key is not found in the map or if v represents a nil map.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	kt := toRType(abi.Key(v.typ.p()))
	key = key.assignTo("reflect.Value.MapIndex", kt)
	m := v.word()
	if m == nil {
		return Value{}
	}
	e := abi.MapAccess(v.typ.p(), m, key.ptr)
	if e == nil {
		return Value{}
	}
	et := toRType(abi.Elem(v.typ.p()))
	c := abi.New(et.p())
	abi.Copy(et.p(), c, e)
	return Value{et, c, v.flag.ro() | flagIndir | flag(et.Kind())}
}

// MapKeys returns a slice containing all the keys present in the map, in
// unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	m := v.word()
	n := abi.MapLen(m)
	if n == 0 {
		return []Value{}
	}
	kt := toRType(abi.Key(v.typ.p()))
	fl := v.flag.ro() | flagIndir | flag(kt.Kind())
	keys := make([]Value, 0, n)
	for it := abi.MapIterStart(v.typ.p(), m); ; abi.MapIterNext(it) {
		k := abi.MapIterKey(it)
		if k == nil {
			break
		}
		c := abi.New(kt.p())
		abi.Copy(kt.p(), c, k)
		keys = append(keys, Value{kt, c, fl})
	}
	return keys
}

// SetMapIndex sets the element associated with key in the map v to elem.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	kt := toRType(abi.Key(v.typ.p()))
	key = key.assignTo("reflect.Value.SetMapIndex", kt)
	m := v.word()
	if elem.typ == nil {
		if m != nil {
			abi.MapDelete(v.typ.p(), m, key.ptr)
		}
		return
	}
	if m == nil {
		panic("assignment to entry in nil map")
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	et := toRType(abi.Elem(v.typ.p()))
	elem = elem.assignTo("reflect.Value.SetMapIndex", et)
	abi.MapAssign(v.typ.p(), m, key.ptr, elem.ptr)
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m       Value
	it      unsafe.Pointer
	started bool
	done    bool
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	if !iter.started || iter.done {
		panic("MapIter.Key called before Next")
	}
	kt := toRType(abi.Key(iter.m.typ.p()))
	c := abi.New(kt.p())
	abi.Copy(kt.p(), c, abi.MapIterKey(iter.it))
	return Value{kt, c, iter.m.flag.ro() | flagIndir | flag(kt.Kind())}
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	if !iter.started || iter.done {
		panic("MapIter.Value called before Next")
	}
	et := toRType(abi.Elem(iter.m.typ.p()))
	c := abi.New(et.p())
	abi.Copy(et.p(), c, abi.MapIterElem(iter.it))
	return Value{et, c, iter.m.flag.ro() | flagIndir | flag(et.Kind())}
}

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if iter.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	if !iter.started {
		iter.started = true
		m := iter.m.word()
		if m == nil || abi.MapLen(m) == 0 {
			iter.done = true
			return false
		}
		iter.it = abi.MapIterStart(iter.m.typ.p(), m)
	} else {
		abi.MapIterNext(iter.it)
	}
	if abi.MapIterKey(iter.it) == nil {
		iter.done = true
		return false
	}
	return true
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*iter = MapIter{m: v}
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) { v.Set(iter.Key()) }

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) { v.Set(iter.Value()) }

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, boxPointer(abi.MakeChan(t.p(), buffer)), flagIndir | flag(Chan)}
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	if ChanDir(abi.ChanDir(v.typ.p()))&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	abi.ChanClose(v.word())
}

// Send sends x on the channel v.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported("reflect.Value.Send")
	v.send(x, false)
}

// TrySend attempts to send x on the channel v but will not block.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	v.mustBeExported("reflect.Value.TrySend")
	return v.send(x, true)
}

func (v Value) send(x Value, nb bool) bool {
	if ChanDir(abi.ChanDir(v.typ.p()))&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.Send")
	x = x.assignTo("reflect.Value.Send", toRType(abi.Elem(v.typ.p())))
	return abi.ChanSend(v.typ.p(), v.word(), x.ptr, nb)
}

// Recv receives and returns a value from the channel v.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported("reflect.Value.Recv")
	return v.recv(false)
}

// TryRecv attempts to receive a value from the channel v but will not block.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	v.mustBeExported("reflect.Value.TryRecv")
	return v.recv(true)
}

func (v Value) recv(nb bool) (Value, bool) {
	if ChanDir(abi.ChanDir(v.typ.p()))&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	et := toRType(abi.Elem(v.typ.p()))
	p := abi.New(et.p())
	selected, ok := abi.ChanRecv(v.typ.p(), v.word(), p, nb)
	if !selected {
		return Value{}, false
	}
	return Value{et, p, flagIndir | flag(et.Kind())}, ok
}

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select executes a select operation described by the list of cases.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	dirs := make([]int, len(cases))
	chans := make([]unsafe.Pointer, len(cases))
	elems := make([]unsafe.Pointer, len(cases))
	vals := make([]unsafe.Pointer, len(cases))
	haveDefault := false
	for i, c := range cases {
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if haveDefault {
				panic("reflect.Select: multiple default cases")
			}
			haveDefault = true
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			dirs[i] = 3
		case SelectSend:
			dirs[i] = 1
			ch := c.Chan
			if !ch.IsValid() {
				continue
			}
			ch.mustBe(Chan, "reflect.Select")
			ch.mustBeExported("reflect.Select")
			if ChanDir(abi.ChanDir(ch.typ.p()))&SendDir == 0 {
				panic("reflect.Select: SendDir case using recv-only channel")
			}
			chans[i] = ch.word()
			et := toRType(abi.Elem(ch.typ.p()))
			elems[i] = et.p()
			v := c.Send
			if !v.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			v.mustBeExported("reflect.Select")
			v = v.assignTo("reflect.Select", et)
			vals[i] = v.ptr
		case SelectRecv:
			dirs[i] = 2
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			ch := c.Chan
			if !ch.IsValid() {
				continue
			}
			ch.mustBe(Chan, "reflect.Select")
			ch.mustBeExported("reflect.Select")
			if ChanDir(abi.ChanDir(ch.typ.p()))&RecvDir == 0 {
				panic("reflect.Select: RecvDir case using send-only channel")
			}
			chans[i] = ch.word()
			et := toRType(abi.Elem(ch.typ.p()))
			elems[i] = et.p()
			vals[i] = abi.New(et.p())
		}
	}
	chosen, recvOK = abi.Select(dirs, chans, elems, vals)
	if cases[chosen].Dir == SelectRecv {
		et := toRType(elems[chosen])
		recv = Value{et, vals[chosen], flagIndir | flag(et.Kind())}
	}
	return chosen, recv, recvOK
}

// NumMethod returns the number of methods in the value's method set: for a
// non-interface type the exported methods, for an interface type all.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return abi.NumMethod(v.typ.p())
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(abi.NumMethod(v.typ.p())) {
		panic("reflect: Method index out of range")
	}
	if v.kind() == Interface {
		if v.IsNil() {
			panic("reflect: Method on nil interface value")
		}

		name, _, _ := abi.Method(v.typ.p(), i)
		e := v.Elem()
		n := abi.NumMethod(e.typ.p())
		for j := 0; j < n; j++ {
			if mname, _, _ := abi.Method(e.typ.p(), j); mname == name {
				return e.Method(j)
			}
		}
		panic("reflect: method " + name + " not found in dynamic type")
	}
	fl := v.flag.ro() | (v.flag & flagIndir)
	fl |= flag(Func)
	fl |= flag(i)<<flagMethodShift | flagMethod
	return Value{v.typ, v.ptr, fl}
}

// MethodByName returns a function value corresponding to the method of v with
// the given name, or the zero Value if no method was found.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	n := abi.NumMethod(v.typ.p())
	for i := 0; i < n; i++ {
		if mname, _, _ := abi.Method(v.typ.p(), i); mname == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in,
// assigning the slice in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	var ft unsafe.Pointer
	if v.flag&flagMethod != 0 {
		ft = v.methodType()
	} else {
		ft = v.typ.p()
		if v.word() == nil {
			panic("reflect: call of nil function")
		}
	}
	isSlice := op == "CallSlice"
	n := abi.NumIn(ft)
	isVariadic := abi.IsVariadic(ft)
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), abi.In(ft, i); !abi.AssignableTo(xt.common().p(), targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + abi.String(targ))
		}
	}
	if !isSlice && isVariadic {
		m := len(in) - n
		st := toRType(abi.In(ft, n))
		slice := MakeSlice(st, m, m)
		elem := toRType(abi.Elem(st.p()))
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !abi.AssignableTo(xt.common().p(), elem.p()) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	nin := abi.NumIn(ft)
	if len(in) != nin {
		panic("reflect.Value.Call: wrong argument count")
	}
	args := make([]unsafe.Pointer, nin)
	for i := range in {
		x := in[i].assignTo("reflect.Value.Call", toRType(abi.In(ft, i)))
		args[i] = x.ptr
	}
	nout := abi.NumOut(ft)
	results := make([]unsafe.Pointer, nout)
	for i := range results {
		results[i] = abi.New(abi.Out(ft, i))
	}
	if v.flag&flagMethod != 0 {
		abi.CallMethod(v.typ.p(), int(v.flag)>>flagMethodShift, v.ptr, args, results)
	} else {
		abi.Call(ft, v.word(), args, results)
	}
	ret := make([]Value, nout)
	for i := range ret {
		rt := toRType(abi.Out(ft, i))
		ret[i] = Value{rt, results[i], flagIndir | flag(rt.Kind())}
	}
	return ret
}

// MakeFunc returns a new function of the given Type that wraps the function
// fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common()
	ft := t.p()
	impl := func(args []unsafe.Pointer, results []unsafe.Pointer) {
		in := make([]Value, len(args))
		for i, a := range args {
			at := toRType(abi.In(ft, i))
			in[i] = Value{at, a, flagIndir | flag(at.Kind())}
		}
		out := fn(in)
		if len(out) != len(results) {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		for i, r := range out {
			rt := toRType(abi.Out(ft, i))
			if r.typ == nil {
				panic("reflect: function created by MakeFunc using closure returned zero Value")
			}
			if r.flag&flagRO != 0 {
				panic("reflect: function created by MakeFunc using closure returned value obtained from unexported field")
			}
			r = r.assignTo("reflect.MakeFunc", rt)
			abi.Copy(rt.p(), results[i], r.ptr)
		}
	}
	return Value{t, boxPointer(abi.MakeFunc(ft, impl)), flagIndir | flag(Func)}
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	switch {
	case vt.Kind() == Slice && t.Kind() == Array:
		if t.Len() > v.Len() {
			return false
		}
	case vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array:
		n := t.Elem().Len()
		if n > v.Len() {
			return false
		}
	}
	return true
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue("Convert", v)
	}
	if !v.Type().ConvertibleTo(t) {
		panic("reflect.Value.Convert: value of type " + v.Type().String() + " cannot be converted to type " + t.String())
	}
	dst := t.common()
	out := Value{dst, abi.New(dst.p()), v.flag.ro() | flagIndir | flag(dst.Kind())}
	sk, dk := v.kind(), dst.Kind()
	switch {
	case dk == Interface:
		if sk != Interface || !v.IsNil() {
			abi.StoreInterface(dst.p(), out.ptr, valueInterface(v, false))
		}
		return out
	case isIntKind(sk) && isIntKind(dk), isIntKind(sk) && isFloatKind(dk):
		if isSigned(sk) {
			setNumber(out, v.Int(), 0, 0, true)
		} else {
			setNumber(out, 0, v.Uint(), 0, false)
		}
		return out
	case isFloatKind(sk) && isIntKind(dk):
		f := v.Float()
		if isSigned(dk) {
			setNumber(out, int64(f), 0, 0, true)
		} else {
			setNumber(out, 0, uint64(f), 0, false)
		}
		return out
	case isFloatKind(sk) && isFloatKind(dk):
		out.setFloatRaw(v.Float())
		return out
	case isComplexKind(sk) && isComplexKind(dk):
		c := v.Complex()
		if dk == Complex64 {
			*(*complex64)(out.ptr) = complex64(c)
		} else {
			*(*complex128)(out.ptr) = c
		}
		return out
	case isIntKind(sk) && dk == String:
		var r rune
		if isSigned(sk) {
			x := v.Int()
			if int64(rune(x)) != x {
				r = 0xFFFD
			} else {
				r = rune(x)
			}
		} else {
			x := v.Uint()
			if uint64(rune(x)) != x {
				r = 0xFFFD
			} else {
				r = rune(x)
			}
		}
		*(*string)(out.ptr) = string(r)
		return out
	case sk == String && dk == Slice:
		switch toRType(abi.Elem(dst.p())).Kind() {
		case Uint8:
			*(*[]byte)(out.ptr) = []byte(*(*string)(v.ptr))
			return out
		case Int32:
			*(*[]rune)(out.ptr) = []rune(*(*string)(v.ptr))
			return out
		}
	case sk == Slice && dk == String:
		switch toRType(abi.Elem(v.typ.p())).Kind() {
		case Uint8:
			*(*string)(out.ptr) = string(*(*[]byte)(v.ptr))
			return out
		case Int32:
			*(*string)(out.ptr) = string(*(*[]rune)(v.ptr))
			return out
		}
	case sk == Slice && dk == Array:
		n := abi.Len(dst.p())
		if n > v.Len() {
			panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to array or pointer to array with length " + strconv.Itoa(n))
		}
		et := abi.Elem(dst.p())
		size := abi.Size(et)
		data := (*sliceHeader)(v.ptr).Data
		for i := 0; i < n; i++ {
			abi.Copy(et, unsafe.Add(out.ptr, uintptr(i)*size), unsafe.Add(data, uintptr(i)*size))
		}
		return out
	case sk == Slice && dk == Pointer:
		n := abi.Len(abi.Elem(dst.p()))
		if n > v.Len() {
			panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to array or pointer to array with length " + strconv.Itoa(n))
		}
		data := (*sliceHeader)(v.ptr).Data
		if data == nil && n == 0 && v.IsNil() {
			return out
		}
		*(*unsafe.Pointer)(out.ptr) = data
		return out
	}
	if sk == Interface {
		if !v.IsNil() {
			abi.StoreInterface(dst.p(), out.ptr, valueInterface(v, false))
		}
		return out
	}

	abi.Copy(dst.p(), out.ptr, v.ptr)
	return out
}

func isIntKind(k Kind) bool     { return Int <= k && k <= Uintptr }
func isSigned(k Kind) bool      { return Int <= k && k <= Int64 }
func isFloatKind(k Kind) bool   { return k == Float32 || k == Float64 }
func isComplexKind(k Kind) bool { return k == Complex64 || k == Complex128 }

func (v Value) setFloatRaw(f float64) {
	if v.kind() == Float32 {
		*(*float32)(v.ptr) = float32(f)
	} else {
		*(*float64)(v.ptr) = f
	}
}

// setNumber stores an integer (signed i or unsigned u) into the numeric value
// v, converting as Go's conversions do.
func setNumber(v Value, i int64, u uint64, _ float64, signed bool) {
	p := v.ptr
	if !signed {
		i = int64(u)
	}
	switch v.kind() {
	case Int:
		*(*int)(p) = int(i)
	case Int8:
		*(*int8)(p) = int8(i)
	case Int16:
		*(*int16)(p) = int16(i)
	case Int32:
		*(*int32)(p) = int32(i)
	case Int64:
		*(*int64)(p) = i
	case Uint:
		*(*uint)(p) = uint(i)
	case Uint8:
		*(*uint8)(p) = uint8(i)
	case Uint16:
		*(*uint16)(p) = uint16(i)
	case Uint32:
		*(*uint32)(p) = uint32(i)
	case Uint64:
		*(*uint64)(p) = uint64(i)
	case Uintptr:
		*(*uintptr)(p) = uintptr(i)
	case Float32:
		if signed {
			*(*float32)(p) = float32(i)
		} else {
			*(*float32)(p) = float32(u)
		}
	case Float64:
		if signed {
			*(*float64)(p) = float64(i)
		} else {
			*(*float64)(p) = float64(u)
		}
	}
}

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		switch toRType(abi.Elem(v.typ.p())).Kind() {
		case Interface, Array, Struct:
			for i := 0; i < v.Type().Len(); i++ {
				if !v.Index(i).Comparable() {
					return false
				}
			}
			return true
		}
		return v.Type().Comparable()
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	default:
		return v.Type().Comparable()
	}
}

// Equal reports true if v is equal to u.
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.Type() != u.Type() {
		return false
	}
	switch v.Kind() {
	case Bool:
		return v.Bool() == u.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == u.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == u.Uint()
	case Float32, Float64:
		return v.Float() == u.Float()
	case Complex64, Complex128:
		return v.Complex() == u.Complex()
	case String:
		return v.String() == u.String()
	case Chan, Pointer, UnsafePointer:
		return v.Pointer() == u.Pointer()
	case Array:
		vl := v.Len()
		if vl == 0 {
			if !v.Type().Elem().Comparable() {
				break
			}
			return true
		}
		for i := 0; i < vl; i++ {
			if !v.Index(i).Equal(u.Index(i)) {
				return false
			}
		}
		return true
	case Struct:
		nf := v.NumField()
		for i := 0; i < nf; i++ {
			if !v.Field(i).Equal(u.Field(i)) {
				return false
			}
		}
		return true
	case Func, Map, Slice:
		break
	}
	panic("reflect.Value.Equal: values of type " + v.Type().String() + " are not comparable")
}

// OverflowComplex reports whether the complex128 x cannot be represented by
// v's type.
func (v Value) OverflowComplex(x complex128) bool {
	k := v.kind()
	switch k {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by v's
// type.
func (v Value) OverflowFloat(x float64) bool {
	k := v.kind()
	switch k {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	k := v.kind()
	switch k {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.typ.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's
// type.
func (v Value) OverflowUint(x uint64) bool {
	k := v.kind()
	switch k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.typ.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// Seq returns an iter.Seq[Value] that loops over the elements of v, as a
// range statement over v would (for integers, the values 0..v-1).
func (v Value) Seq() iter.Seq[Value] {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return func(yield func(Value) bool) {
			n := v.Int()
			for i := int64(0); i < n; i++ {
				x := New(v.Type()).Elem()
				x.SetInt(i)
				if !yield(x) {
					return
				}
			}
		}
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return func(yield func(Value) bool) {
			n := v.Uint()
			for i := uint64(0); i < n; i++ {
				x := New(v.Type()).Elem()
				x.SetUint(i)
				if !yield(x) {
					return
				}
			}
		}
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value) bool) {
			for i := range v.String() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key()) {
					return
				}
			}
		}
	case Chan:
		return func(yield func(Value) bool) {
			for value, ok := v.Recv(); ok; value, ok = v.Recv() {
				if !yield(value) {
					return
				}
			}
		}
	case Func:
		if canRangeFunc(v.typ) {
			return func(yield func(Value) bool) {
				rf := MakeFunc(v.Type().In(0), func(in []Value) []Value {
					return []Value{ValueOf(yield(in[0]))}
				})
				v.Call([]Value{rf})
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq[Value]")
}

// Seq2 returns an iter.Seq2[Value, Value] that loops over the elements of v,
// as a two-variable range statement over v would.
func (v Value) Seq2() iter.Seq2[Value, Value] {
	switch v.Kind() {
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value, Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value, Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value, Value) bool) {
			for i, r := range v.String() {
				if !yield(ValueOf(i), ValueOf(r)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key(), i.Value()) {
					return
				}
			}
		}
	case Func:
		if canRangeFunc2(v.typ) {
			return func(yield func(Value, Value) bool) {
				rf := MakeFunc(v.Type().In(0), func(in []Value) []Value {
					return []Value{ValueOf(yield(in[0], in[1]))}
				})
				v.Call([]Value{rf})
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq2[Value, Value]")
}

// SliceHeader is the runtime representation of a slice.
//
// Deprecated: Use unsafe.Slice or unsafe.SliceData instead.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string.
//
// Deprecated: Use unsafe.String or unsafe.StringData instead.
type StringHeader struct {
	Data uintptr
	Len  int
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	s := (*sliceHeader)(v.ptr)
	et := abi.Elem(v.typ.p())
	size := abi.Size(et)
	tmp := abi.New(et)
	n := s.Len
	data := s.Data
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Add(data, uintptr(i)*size)
		pj := unsafe.Add(data, uintptr(j)*size)
		abi.Copy(et, tmp, pi)
		abi.Copy(et, pi, pj)
		abi.Copy(et, pj, tmp)
	}
}
