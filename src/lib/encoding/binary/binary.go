// Package binary implements simple translation between numbers and byte
// sequences and encoding and decoding of varints, and reading and writing
// fixed-size values (numbers, bools, and arrays, slices and structs of
// them) with reflect. No natives.
package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// A ByteOrder specifies how to convert byte slices into 16-, 32-, or 64-bit
// unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder specifies how to append 16-, 32-, or 64-bit unsigned
// integers into a byte slice.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian implementation of ByteOrder and
// AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian implementation of ByteOrder and
// AppendByteOrder.
var BigEndian bigEndian

// NativeEndian is the native-endian implementation of ByteOrder and
// AppendByteOrder (little-endian on amd64).
var NativeEndian nativeEndian

type littleEndian struct{}

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24),
		byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[7-i] = byte(v >> (8 * i))
	}
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

type nativeEndian struct {
	littleEndian
}

func (nativeEndian) String() string { return "NativeEndian" }

func (nativeEndian) GoString() string { return "binary.NativeEndian" }

var errBufferTooSmall = errors.New("buffer too small")

// Read reads structured binary data from r into data.
func Read(r io.Reader, order ByteOrder, data any) error {
	v, size := decodeTarget(data)
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	d := &coder{order: order, buf: make([]byte, size)}
	if _, err := io.ReadFull(r, d.buf); err != nil {
		return err
	}
	d.decode(v)
	return nil
}

// Decode decodes binary data from buf into data according to the given byte
// order.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	v, size := decodeTarget(data)
	if size < 0 {
		return 0, errors.New("binary.Decode: invalid type " + reflect.TypeOf(data).String())
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	d := &coder{order: order, buf: buf[:size]}
	d.decode(v)
	return size, nil
}

// decodeTarget returns the value to decode into and its encoded size (-1 if
// data is not a pointer to a fixed-size value or a slice of them).
func decodeTarget(data any) (reflect.Value, int) {
	v := reflect.ValueOf(data)
	size := -1
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
		size = dataSize(v)
	case reflect.Slice:
		size = dataSize(v)
	}
	return v, size
}

// Write writes the binary representation of data into w.
func Write(w io.Writer, order ByteOrder, data any) error {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := dataSize(v)
	if size < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + reflect.TypeOf(data).String())
	}
	e := &coder{order: order, buf: make([]byte, size)}
	e.encode(v)
	_, err := w.Write(e.buf)
	return err
}

// Encode encodes the binary representation of data into buf.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := dataSize(v)
	if size < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + reflect.TypeOf(data).String())
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	e := &coder{order: order, buf: buf}
	e.encode(v)
	return size, nil
}

// Append appends the binary representation of data to buf and returns the
// extended buffer.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := dataSize(v)
	if size < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + reflect.TypeOf(data).String())
	}
	n := len(buf)
	buf = append(buf, make([]byte, size)...)
	e := &coder{order: order, buf: buf[n:]}
	e.encode(v)
	return buf, nil
}

// Size returns how many bytes Write would generate to encode the value v,
// which must be a fixed-size value or a slice of fixed-size values, or a
// pointer to such data.
func Size(v any) int {
	if v == nil {
		return -1
	}
	return dataSize(reflect.Indirect(reflect.ValueOf(v)))
}

// dataSize returns the number of bytes the actual data represented by v
// occupies in memory, or -1 if it is not of a fixed size.
func dataSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		t := v.Type().Elem()
		if size := sizeof(t); size >= 0 {
			return size * v.Len()
		}
	case reflect.Struct:
		return sizeof(v.Type())
	default:
		if v.IsValid() {
			return sizeof(v.Type())
		}
	}
	return -1
}

// sizeof returns the size >= 0 of variables for the given type or -1 if the
// type is not acceptable.
func sizeof(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := sizeof(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i, n := 0, t.NumField(); i < n; i++ {
			s := sizeof(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool,
		reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return int(t.Size())
	}
	return -1
}

// coder reads or writes values at successive offsets of buf.
type coder struct {
	order  ByteOrder
	buf    []byte
	offset int
}

func (d *coder) uint8() uint8 {
	x := d.buf[d.offset]
	d.offset++
	return x
}

func (e *coder) putUint8(x uint8) {
	e.buf[e.offset] = x
	e.offset++
}

func (d *coder) uint16() uint16 {
	x := d.order.Uint16(d.buf[d.offset : d.offset+2])
	d.offset += 2
	return x
}

func (e *coder) putUint16(x uint16) {
	e.order.PutUint16(e.buf[e.offset:e.offset+2], x)
	e.offset += 2
}

func (d *coder) uint32() uint32 {
	x := d.order.Uint32(d.buf[d.offset : d.offset+4])
	d.offset += 4
	return x
}

func (e *coder) putUint32(x uint32) {
	e.order.PutUint32(e.buf[e.offset:e.offset+4], x)
	e.offset += 4
}

func (d *coder) uint64() uint64 {
	x := d.order.Uint64(d.buf[d.offset : d.offset+8])
	d.offset += 8
	return x
}

func (e *coder) putUint64(x uint64) {
	e.order.PutUint64(e.buf[e.offset:e.offset+8], x)
	e.offset += 8
}

func (d *coder) decode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			d.decode(v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() || t.Field(i).Name != "_" {
				d.decode(f)
			} else {
				d.offset += dataSize(f)
			}
		}
	case reflect.Bool:
		v.SetBool(d.uint8() != 0)
	case reflect.Int8:
		v.SetInt(int64(int8(d.uint8())))
	case reflect.Int16:
		v.SetInt(int64(int16(d.uint16())))
	case reflect.Int32:
		v.SetInt(int64(int32(d.uint32())))
	case reflect.Int64:
		v.SetInt(int64(d.uint64()))
	case reflect.Uint8:
		v.SetUint(uint64(d.uint8()))
	case reflect.Uint16:
		v.SetUint(uint64(d.uint16()))
	case reflect.Uint32:
		v.SetUint(uint64(d.uint32()))
	case reflect.Uint64:
		v.SetUint(d.uint64())
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(d.uint32())))
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(d.uint64()))
	case reflect.Complex64:
		v.SetComplex(complex(
			float64(math.Float32frombits(d.uint32())),
			float64(math.Float32frombits(d.uint32())),
		))
	case reflect.Complex128:
		x := math.Float64frombits(d.uint64())
		y := math.Float64frombits(d.uint64())
		v.SetComplex(complex(x, y))
	}
}

func (e *coder) encode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			e.encode(v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() || t.Field(i).Name != "_" {
				e.encode(f)
			} else {
				n := dataSize(f)
				clear(e.buf[e.offset : e.offset+n])
				e.offset += n
			}
		}
	case reflect.Bool:
		if v.Bool() {
			e.putUint8(1)
		} else {
			e.putUint8(0)
		}
	case reflect.Int8:
		e.putUint8(uint8(v.Int()))
	case reflect.Int16:
		e.putUint16(uint16(v.Int()))
	case reflect.Int32:
		e.putUint32(uint32(v.Int()))
	case reflect.Int64:
		e.putUint64(uint64(v.Int()))
	case reflect.Uint8:
		e.putUint8(uint8(v.Uint()))
	case reflect.Uint16:
		e.putUint16(uint16(v.Uint()))
	case reflect.Uint32:
		e.putUint32(uint32(v.Uint()))
	case reflect.Uint64:
		e.putUint64(v.Uint())
	case reflect.Float32:
		e.putUint32(math.Float32bits(float32(v.Float())))
	case reflect.Float64:
		e.putUint64(math.Float64bits(v.Float()))
	case reflect.Complex64:
		x := v.Complex()
		e.putUint32(math.Float32bits(float32(real(x))))
		e.putUint32(math.Float32bits(float32(imag(x))))
	case reflect.Complex128:
		x := v.Complex()
		e.putUint64(math.Float64bits(real(x)))
		e.putUint64(math.Float64bits(imag(x)))
	}
}
