// Package rtype is gots' bridge to the runtime's type descriptors and to the
// runtime operations that reflection needs. Every function here is a native:
// the runtime implements it in TypeScript. A type is handled as an
// unsafe.Pointer to its descriptor; the runtime keeps one descriptor per
// type, so two types are identical exactly when their pointers are equal.
// Values are handled through pointers to memory holding them (amd64 layout).
// Used by reflect and internal/reflectlite only.
package rtype

import "unsafe"

// Kind numbers, as reflect.Kind.
const (
	Invalid = iota
	KBool
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
	KString
	Struct
	UnsafePointer
)

// Channel directions, as reflect.ChanDir.
const (
	RecvDir = 1
	SendDir = 2
	BothDir = RecvDir | SendDir
)

// --- Interfaces ---

// Unpack returns i's dynamic type (nil if i is nil) and a pointer to memory holding its value, which must not be written.
func Unpack(i any) (t unsafe.Pointer, p unsafe.Pointer)

// Pack returns an interface holding a copy of the value of type t at p.
func Pack(t unsafe.Pointer, p unsafe.Pointer) any

// LoadInterface returns, as an any, the value of interface type t stored at p (nil if it is nil).
func LoadInterface(t unsafe.Pointer, p unsafe.Pointer) any

// StoreInterface stores x, converted to interface type t (x's type implements t, or x is nil), at p.
func StoreInterface(t unsafe.Pointer, p unsafe.Pointer, x any)

// --- Type descriptors ---

// KindOf returns t's kind (the constants above).
func KindOf(t unsafe.Pointer) int

// String returns t's string form as reflect.Type.String gives it ("main.T", "[]int", "func(int) string").
func String(t unsafe.Pointer) string

// Name returns the name of a defined type within its package ("" for other types); instantiated generics include their type arguments.
func Name(t unsafe.Pointer) string

// PkgPath returns a defined type's package import path ("" for predeclared and unnamed types).
func PkgPath(t unsafe.Pointer) string

// Size returns the number of bytes a value of type t occupies.
func Size(t unsafe.Pointer) uintptr

// Align returns t's alignment in memory.
func Align(t unsafe.Pointer) int

// FieldAlign returns t's alignment as a struct field.
func FieldAlign(t unsafe.Pointer) int

// Comparable reports whether values of type t are comparable with ==.
func Comparable(t unsafe.Pointer) bool

// Elem returns the element type of an array, chan, map, pointer or slice type.
func Elem(t unsafe.Pointer) unsafe.Pointer

// Key returns a map type's key type.
func Key(t unsafe.Pointer) unsafe.Pointer

// Len returns an array type's length.
func Len(t unsafe.Pointer) int

// ChanDir returns a channel type's direction (RecvDir, SendDir, BothDir).
func ChanDir(t unsafe.Pointer) int

// NumField returns a struct type's number of fields.
func NumField(t unsafe.Pointer) int

// Field describes a struct type's field i: name, package path (empty for exported names), type, tag, byte offset, whether embedded.
func Field(t unsafe.Pointer, i int) (name, pkgPath string, typ unsafe.Pointer, tag string, offset uintptr, embedded bool)

// NumIn returns a func type's parameter count.
func NumIn(t unsafe.Pointer) int

// In returns a func type's parameter i's type.
func In(t unsafe.Pointer, i int) unsafe.Pointer

// NumOut returns a func type's result count.
func NumOut(t unsafe.Pointer) int

// Out returns a func type's result i's type.
func Out(t unsafe.Pointer, i int) unsafe.Pointer

// IsVariadic reports whether a func type's final parameter is variadic.
func IsVariadic(t unsafe.Pointer) bool

// NumMethod returns the number of methods of an interface type, or of exported methods in the method set of another type.
func NumMethod(t unsafe.Pointer) int

// Method describes method i (sorted by name) of t as NumMethod counts them; mtyp is its func type without receiver.
func Method(t unsafe.Pointer, i int) (name, pkgPath string, mtyp unsafe.Pointer)

// Implements reports whether type t implements interface type iface.
func Implements(t, iface unsafe.Pointer) bool

// AssignableTo reports whether a value of type t is assignable to type u (Go's assignability rules).
func AssignableTo(t, u unsafe.Pointer) bool

// ConvertibleTo reports whether a value of type t is convertible to type u (Go's conversion rules).
func ConvertibleTo(t, u unsafe.Pointer) bool

// PointerTo returns the type *t.
func PointerTo(t unsafe.Pointer) unsafe.Pointer

// SliceOf returns the type []t.
func SliceOf(t unsafe.Pointer) unsafe.Pointer

// ArrayOf returns the type [n]t.
func ArrayOf(n int, t unsafe.Pointer) unsafe.Pointer

// MapOf returns the type map[k]e.
func MapOf(k, e unsafe.Pointer) unsafe.Pointer

// ChanOf returns the channel type of direction dir and element t.
func ChanOf(dir int, t unsafe.Pointer) unsafe.Pointer

// FuncOf returns the func type with the given parameter and result types.
func FuncOf(in, out []unsafe.Pointer, variadic bool) unsafe.Pointer

// StructOf returns the struct type with the given fields (names, types, tags, embedded flags), laid out as gc does.
func StructOf(names []string, types []unsafe.Pointer, tags []string, embedded []bool) unsafe.Pointer

// --- Memory ---

// New allocates a zeroed value of type t and returns its address.
func New(t unsafe.Pointer) unsafe.Pointer

// NewArray allocates n zeroed values of type t, contiguously, and returns the first's address.
func NewArray(t unsafe.Pointer, n int) unsafe.Pointer

// Copy copies a value of type t from src to dst (with the write barriers the collector needs).
func Copy(t unsafe.Pointer, dst, src unsafe.Pointer)

// Equal reports whether the values of comparable type t at p and q are == (panics as == would for uncomparable dynamic types).
func Equal(t unsafe.Pointer, p, q unsafe.Pointer) bool

// --- Maps, channels, functions ---

// MakeMap returns a new map of type t with room for about hint entries.
func MakeMap(t unsafe.Pointer, hint int) unsafe.Pointer

// MapLen returns the number of entries of map m (0 for a nil map).
func MapLen(m unsafe.Pointer) int

// MapAccess returns the address of the element for the key at key in map m of type t, or nil if there is none.
func MapAccess(t, m, key unsafe.Pointer) unsafe.Pointer

// MapAssign sets the element for the key at key in map m of type t to the value at elem.
func MapAssign(t, m, key, elem unsafe.Pointer)

// MapDelete deletes the key at key from map m of type t.
func MapDelete(t, m, key unsafe.Pointer)

// MapClear deletes every entry of map m of type t.
func MapClear(t, m unsafe.Pointer)

// MapIterStart starts an iteration (in random order, as range) over map m of type t and returns its handle.
func MapIterStart(t, m unsafe.Pointer) unsafe.Pointer

// MapIterKey returns the address of the current key of iteration it, or nil once the iteration is over.
func MapIterKey(it unsafe.Pointer) unsafe.Pointer

// MapIterElem returns the address of the current element of iteration it.
func MapIterElem(it unsafe.Pointer) unsafe.Pointer

// MapIterNext advances iteration it.
func MapIterNext(it unsafe.Pointer)

// MakeChan returns a new channel of type t with the given buffer size.
func MakeChan(t unsafe.Pointer, size int) unsafe.Pointer

// ChanLen returns the number of elements queued in channel c.
func ChanLen(c unsafe.Pointer) int

// ChanCap returns channel c's buffer capacity.
func ChanCap(c unsafe.Pointer) int

// ChanClose closes channel c (panicking as close does).
func ChanClose(c unsafe.Pointer)

// ChanSend sends the value at p on channel c of type t; with nb set it does not block and reports whether it sent.
func ChanSend(t, c, p unsafe.Pointer, nb bool) (sent bool)

// ChanRecv receives from channel c of type t into p; with nb set it does not block (selected is false if nothing was ready); ok is false for a closed channel.
func ChanRecv(t, c, p unsafe.Pointer, nb bool) (selected, ok bool)

// Select performs a select over the cases (dir 1 send, 2 recv, 3 default; val points to the value to send or the receive buffer) and returns the chosen case and, for a receive, whether a value was received.
func Select(dirs []int, chans []unsafe.Pointer, elemTypes []unsafe.Pointer, vals []unsafe.Pointer) (chosen int, recvOK bool)

// Call calls the func value fn of type ft with the argument values at args and stores the results at the addresses in results.
func Call(ft unsafe.Pointer, fn unsafe.Pointer, args []unsafe.Pointer, results []unsafe.Pointer)

// CallMethod calls method i (as Method numbers them) of type t on the receiver at recv, with arguments and results as Call.
func CallMethod(t unsafe.Pointer, i int, recv unsafe.Pointer, args []unsafe.Pointer, results []unsafe.Pointer)

// MakeFunc returns a func value of type ft that calls impl with the addresses of its arguments and of zeroed result slots to fill.
func MakeFunc(ft unsafe.Pointer, impl func(args []unsafe.Pointer, results []unsafe.Pointer)) unsafe.Pointer

// FuncEntry returns the code address identifying the function of func value fn (0 for nil).
func FuncEntry(fn unsafe.Pointer) uintptr
