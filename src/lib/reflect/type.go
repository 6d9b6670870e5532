// Package reflect implements run-time reflection, allowing a program to
// manipulate objects with arbitrary types. It is Go code over the natives
// of internal/rtype, which read the runtime's type descriptors and perform
// the operations only the runtime can (allocation, maps, channels, calls).
// A Type's dynamic value is a *rtype that points at the type's descriptor,
// so Types compare equal exactly when they are the same type.
package reflect

import (
	abi "internal/rtype"
	"strconv"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	// Align returns the alignment in bytes of a value of this type when allocated
	// in memory.
	Align() int
	// FieldAlign returns the alignment in bytes of a value of this type when used
	// as a field in a struct.
	FieldAlign() int
	// Method returns the i'th method in the type's method set.
	Method(int) Method
	// MethodByName returns the method with that name in the type's method set and
	// a boolean indicating if the method was found.
	MethodByName(string) (Method, bool)
	// NumMethod returns the number of methods accessible using Method.
	NumMethod() int
	// Name returns the type's name within its package for a defined type.
	Name() string
	// PkgPath returns a defined type's package path.
	PkgPath() string
	// Size returns the number of bytes needed to store a value of the given type;
	// it is analogous to unsafe.Sizeof.
	Size() uintptr
	// String returns a string representation of the type.
	String() string
	// Kind returns the specific kind of this type.
	Kind() Kind
	// Implements reports whether the type implements the interface type u.
	Implements(u Type) bool
	// AssignableTo reports whether a value of the type is assignable to type u.
	AssignableTo(u Type) bool
	// ConvertibleTo reports whether a value of the type is convertible to type u.
	ConvertibleTo(u Type) bool
	// Comparable reports whether values of this type are comparable.
	Comparable() bool
	// Bits returns the size of the type in bits.
	Bits() int
	// ChanDir returns a channel type's direction.
	ChanDir() ChanDir
	// IsVariadic reports whether a function type's final input parameter is a
	// "..." parameter.
	IsVariadic() bool
	// Elem returns a type's element type.
	Elem() Type
	// Field returns a struct type's i'th field.
	Field(i int) StructField
	// FieldByIndex returns the nested field corresponding to index.
	FieldByIndex(index []int) StructField
	// FieldByName returns the struct field with the given name.
	FieldByName(name string) (StructField, bool)
	// FieldByNameFunc returns the struct field with a name that satisfies the
	// match function.
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	// In returns the type of a function type's i'th input parameter.
	In(i int) Type
	// Key returns a map type's key type.
	Key() Type
	// Len returns an array type's length.
	Len() int
	// NumField returns a struct type's field count.
	NumField() int
	// NumIn returns a function type's input parameter count.
	NumIn() int
	// NumOut returns a function type's output parameter count.
	NumOut() int
	// Out returns the type of a function type's i'th output parameter.
	Out(i int) Type
	// OverflowComplex reports whether the complex128 x cannot be represented by
	// type T.
	OverflowComplex(x complex128) bool
	// OverflowFloat reports whether the float64 x cannot be represented by type
	// T.
	OverflowFloat(x float64) bool
	// OverflowInt reports whether the int64 x cannot be represented by type T.
	OverflowInt(x int64) bool
	// OverflowUint reports whether the uint64 x cannot be represented by type T.
	OverflowUint(x uint64) bool
	// CanSeq reports whether a Value with this type can be iterated over using
	// Value.Seq.
	CanSeq() bool
	// CanSeq2 reports whether a Value with this type can be iterated over using
	// Value.Seq2.
	CanSeq2() bool

	common() *rtype
}

// rtype is the opaque runtime type descriptor; a *rtype points at it.
type rtype struct {
	_ [0]byte
}

func (t *rtype) p() unsafe.Pointer { return unsafe.Pointer(t) }

func toRType(p unsafe.Pointer) *rtype { return (*rtype)(p) }

func toType(p unsafe.Pointer) Type {
	if p == nil {
		return nil
	}
	return (*rtype)(p)
}

func (t *rtype) common() *rtype     { return t }
func (t *rtype) Align() int         { return abi.Align(t.p()) }
func (t *rtype) FieldAlign() int    { return abi.FieldAlign(t.p()) }
func (t *rtype) Name() string       { return abi.Name(t.p()) }
func (t *rtype) PkgPath() string    { return abi.PkgPath(t.p()) }
func (t *rtype) Size() uintptr      { return abi.Size(t.p()) }
func (t *rtype) String() string     { return abi.String(t.p()) }
func (t *rtype) Kind() Kind         { return Kind(abi.KindOf(t.p())) }
func (t *rtype) Comparable() bool   { return abi.Comparable(t.p()) }
func (t *rtype) NumMethod() int     { return abi.NumMethod(t.p()) }
func (t *rtype) kindIs(k Kind) bool { return t.Kind() == k }

func (t *rtype) mustBe(k Kind, method string) {
	if t.Kind() != k {
		panic("reflect: " + method + " of non-" + k.String() + " type " + t.String())
	}
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) ChanDir() ChanDir {
	t.mustBe(Chan, "ChanDir")
	return ChanDir(abi.ChanDir(t.p()))
}

func (t *rtype) IsVariadic() bool {
	t.mustBe(Func, "IsVariadic")
	return abi.IsVariadic(t.p())
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(abi.Elem(t.p()))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	t.mustBe(Map, "Key")
	return toType(abi.Key(t.p()))
}

func (t *rtype) Len() int {
	t.mustBe(Array, "Len")
	return abi.Len(t.p())
}

func (t *rtype) NumField() int {
	t.mustBe(Struct, "NumField")
	return abi.NumField(t.p())
}

func (t *rtype) NumIn() int {
	t.mustBe(Func, "NumIn")
	return abi.NumIn(t.p())
}

func (t *rtype) NumOut() int {
	t.mustBe(Func, "NumOut")
	return abi.NumOut(t.p())
}

func (t *rtype) In(i int) Type {
	t.mustBe(Func, "In")
	if i < 0 || i >= abi.NumIn(t.p()) {
		panic("reflect: Function index out of bounds")
	}
	return toType(abi.In(t.p(), i))
}

func (t *rtype) Out(i int) Type {
	t.mustBe(Func, "Out")
	if i < 0 || i >= abi.NumOut(t.p()) {
		panic("reflect: Function index out of bounds")
	}
	return toType(abi.Out(t.p(), i))
}

func (t *rtype) Field(i int) StructField {
	t.mustBe(Struct, "Field")
	if i < 0 || i >= abi.NumField(t.p()) {
		panic("reflect: Field index out of bounds")
	}
	name, pkgPath, ft, tag, offset, embedded := abi.Field(t.p(), i)
	return StructField{
		Name:      name,
		PkgPath:   pkgPath,
		Type:      toType(ft),
		Tag:       StructTag(tag),
		Offset:    offset,
		Index:     []int{i},
		Anonymous: embedded,
	}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	t.mustBe(Struct, "FieldByIndex")
	var f StructField
	var ft Type = t
	for i, x := range index {
		if i > 0 {
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
			f.Type = ft
		}
		f = ft.Field(x)
		ft = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	t.mustBe(Struct, "FieldByName")
	return t.fieldByNameFunc(func(s string) bool { return s == name })
}

func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	t.mustBe(Struct, "FieldByNameFunc")
	return t.fieldByNameFunc(match)
}

// fieldByNameFunc searches the struct and its embedded structs breadth first:
// the shallowest match wins, and two matches at the same depth cancel each
// other.
func (t *rtype) fieldByNameFunc(match func(string) bool) (StructField, bool) {
	type scan struct {
		typ   *rtype
		index []int
	}
	current := []scan{}
	next := []scan{{typ: t}}
	visited := map[*rtype]bool{}
	for len(next) > 0 {
		current, next = next, nil
		count := map[*rtype]int{}
		var result StructField
		found := false
		for _, sc := range current {
			st := sc.typ
			if visited[st] {
				continue
			}
			visited[st] = true
			n := abi.NumField(st.p())
			for i := 0; i < n; i++ {
				f := st.Field(i)
				fname := f.Name
				var ntyp *rtype
				if f.Anonymous {
					ft := f.Type.common()
					if ft.Kind() == Pointer {
						ft = toRType(abi.Elem(ft.p()))
					}
					ntyp = ft
				}
				if match(fname) {
					if count[st] > 0 || found {
						return StructField{}, false
					}
					result = f
					result.Index = append(append([]int(nil), sc.index...), i)
					found = true
					count[st]++
					continue
				}
				if found || ntyp == nil || ntyp.Kind() != Struct {
					continue
				}
				next = append(next, scan{ntyp, append(append([]int(nil), sc.index...), i)})
			}
		}
		if found {
			return result, true
		}
	}
	return StructField{}, false
}

func (t *rtype) Method(i int) (m Method) {
	n := abi.NumMethod(t.p())
	if i < 0 || i >= n {
		panic("reflect: Method index out of range")
	}
	name, pkgPath, mtyp := abi.Method(t.p(), i)
	m.Name = name
	m.PkgPath = pkgPath
	m.Index = i
	if t.Kind() == Interface {
		m.Type = toType(mtyp)
		return m
	}

	mt := toRType(mtyp)
	in := []unsafe.Pointer{t.p()}
	for j := 0; j < abi.NumIn(mtyp); j++ {
		in = append(in, abi.In(mtyp, j))
	}
	var out []unsafe.Pointer
	for j := 0; j < abi.NumOut(mtyp); j++ {
		out = append(out, abi.Out(mtyp, j))
	}
	ft := abi.FuncOf(in, out, abi.IsVariadic(mt.p()))
	m.Type = toType(ft)
	recvType := t.p()
	idx := i
	fn := abi.MakeFunc(ft, func(args []unsafe.Pointer, results []unsafe.Pointer) {
		abi.CallMethod(recvType, idx, args[0], args[1:], results)
	})
	m.Func = Value{toRType(ft), boxPointer(fn), flag(Func)}
	return m
}

func (t *rtype) MethodByName(name string) (m Method, ok bool) {
	n := abi.NumMethod(t.p())
	for i := 0; i < n; i++ {
		if mname, _, _ := abi.Method(t.p(), i); mname == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return abi.Implements(t.p(), u.common().p())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return abi.AssignableTo(t.p(), u.common().p())
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return abi.ConvertibleTo(t.p(), u.common().p())
}

func (t *rtype) OverflowComplex(x complex128) bool {
	k := t.Kind()
	switch k {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic("reflect: OverflowComplex of non-complex type " + t.String())
}

func (t *rtype) OverflowFloat(x float64) bool {
	k := t.Kind()
	switch k {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

func (t *rtype) OverflowInt(x int64) bool {
	k := t.Kind()
	switch k {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := t.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic("reflect: OverflowInt of non-int type " + t.String())
}

func (t *rtype) OverflowUint(x uint64) bool {
	k := t.Kind()
	switch k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := t.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic("reflect: OverflowUint of non-uint type " + t.String())
}

func (t *rtype) CanSeq() bool {
	switch t.Kind() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return canRangeFunc(t)
	case Pointer:
		return toRType(abi.Elem(t.p())).Kind() == Array
	}
	return false
}

func (t *rtype) CanSeq2() bool {
	switch t.Kind() {
	case Array, Slice, String, Map:
		return true
	case Func:
		return canRangeFunc2(t)
	case Pointer:
		return toRType(abi.Elem(t.p())).Kind() == Array
	}
	return false
}

// canRangeFunc reports whether t is func(yield func(T) bool).
func canRangeFunc(t *rtype) bool {
	if abi.NumIn(t.p()) != 1 || abi.NumOut(t.p()) != 0 {
		return false
	}
	y := abi.In(t.p(), 0)
	if abi.KindOf(y) != abi.Func || abi.NumIn(y) != 1 || abi.NumOut(y) != 1 {
		return false
	}
	return abi.KindOf(abi.Out(y, 0)) == abi.KBool
}

// canRangeFunc2 reports whether t is func(yield func(K, V) bool).
func canRangeFunc2(t *rtype) bool {
	if abi.NumIn(t.p()) != 1 || abi.NumOut(t.p()) != 0 {
		return false
	}
	y := abi.In(t.p(), 0)
	if abi.KindOf(y) != abi.Func || abi.NumIn(y) != 2 || abi.NumOut(y) != 1 {
		return false
	}
	return abi.KindOf(abi.Out(y, 0)) == abi.KBool
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	const maxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
	return maxFloat32 < x && x <= 1.7976931348623157e308
}

// Method represents a single method.
type Method struct {
	// Name is the method name.
	Name string

	// PkgPath is the package path that qualifies a lower case (unexported) method
	// name.
	PkgPath string

	Type  Type
	Func  Value
	Index int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	// Name is the field name.
	Name string

	// PkgPath is the package path that qualifies a lower case (unexported) field
	// name.
	PkgPath string

	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field: by convention a
// concatenation of optionally space-separated key:"value" pairs.
type StructTag string

// Get returns the value associated with key in the tag string, or "" if there
// is no such key.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether
// the key was explicitly set in the tag string.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}

		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]

		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// TypeOf returns the reflection Type that represents the dynamic type of i.
func TypeOf(i any) Type {
	t, _ := abi.Unpack(i)
	return toType(t)
}

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	var v T
	if t := TypeOf(v); t != nil {
		return t
	}
	return TypeOf((*T)(nil)).Elem()
}

// PtrTo returns the pointer type with element t.
//
// Deprecated: Superseded by PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(abi.PointerTo(t.common().p())) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return toType(abi.SliceOf(t.common().p())) }

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return toType(abi.ArrayOf(length, elem.common().p()))
}

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return toType(abi.MapOf(key.common().p(), elem.common().p()))
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	switch dir {
	case SendDir, RecvDir, BothDir:
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	return toType(abi.ChanOf(int(dir), t.common().p()))
}

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]unsafe.Pointer, len(in))
	for i, t := range in {
		ins[i] = t.common().p()
	}
	outs := make([]unsafe.Pointer, len(out))
	for i, t := range out {
		outs[i] = t.common().p()
	}
	return toType(abi.FuncOf(ins, outs, variadic))
}

// StructOf returns the struct type containing fields.
func StructOf(fields []StructField) Type {
	names := make([]string, len(fields))
	types := make([]unsafe.Pointer, len(fields))
	tags := make([]string, len(fields))
	embedded := make([]bool, len(fields))
	seen := map[string]bool{}
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if f.Name != "_" && seen[f.Name] {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		names[i], types[i], tags[i], embedded[i] = f.Name, f.Type.common().p(), string(f.Tag), f.Anonymous
	}
	return toType(abi.StructOf(names, types, tags, embedded))
}

// VisibleFields returns all the visible fields in t, which must be a struct
// type: the fields of t and, recursively, the promoted fields of embedded
// structs that are not hidden by fields of shallower depth.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	w := &visibleFieldsWalker{
		byName:   make(map[string]int),
		visiting: make(map[Type]bool),
		fields:   make([]StructField, 0, t.NumField()),
		index:    make([]int, 0, 2),
	}
	w.walk(t)

	j := 0
	for i := range w.fields {
		f := &w.fields[i]
		if f.Name == "" {
			continue
		}
		if i != j {
			w.fields[j] = *f
		}
		j++
	}
	return w.fields[:j]
}

type visibleFieldsWalker struct {
	byName   map[string]int
	visiting map[Type]bool
	fields   []StructField
	index    []int
}

func (w *visibleFieldsWalker) walk(t Type) {
	if w.visiting[t] {
		return
	}
	w.visiting[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		w.index = append(w.index, i)
		add := true
		if oldIndex, ok := w.byName[f.Name]; ok {
			old := &w.fields[oldIndex]
			if len(w.index) == len(old.Index) {
				old.Name = ""
				add = false
			} else if len(w.index) < len(old.Index) {
				old.Name = ""
			} else {
				add = false
			}
		}
		if add {
			f.Index = append([]int(nil), w.index...)
			w.byName[f.Name] = len(w.fields)
			w.fields = append(w.fields, f)
		}
		if f.Anonymous {
			if f.Type.Kind() == Pointer {
				f.Type = f.Type.Elem()
			}
			if f.Type.Kind() == Struct {
				w.walk(f.Type)
			}
		}
		w.index = w.index[:len(w.index)-1]
	}
	delete(w.visiting, t)
}
