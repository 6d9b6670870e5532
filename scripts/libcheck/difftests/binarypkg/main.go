// Differential test: encoding/binary.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"reflect"

	gbinary "gotslib/encoding/binary"
	gbytes "gotslib/bytes"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		fmt.Printf("%s:\n\twant %v\n\tgot  %v\n", what, want, got)
	}
}

type T struct {
	A int16
	B [2]uint32
	_ int32
	C float64
	D bool
	E complex64
}

func main() {
	vals := []any{int8(-3), uint16(0xbeef), int32(-1), uint64(1<<63 + 5), float32(1.5), true, []int16{1, -2, 3},
		[3]uint8{1, 2, 3}, T{A: -7, B: [2]uint32{1, 2}, C: 2.5, D: true, E: 1 + 2i}, &T{A: 1}, []T{{A: 1}, {A: 2}}, 5, "s", []int{1}}
	for _, order := range []struct {
		r binary.ByteOrder
		g gbinary.ByteOrder
	}{{binary.LittleEndian, gbinary.LittleEndian}, {binary.BigEndian, gbinary.BigEndian}} {
		for _, v := range vals {
			var b1, b2 bytes.Buffer
			e1 := binary.Write(&b1, order.r, v)
			e2 := gbinary.Write(&b2, order.g, v)
			check(fmt.Sprintf("Write %T", v), fmt.Sprint(b1.Bytes(), e1), fmt.Sprint(b2.Bytes(), e2))
			check(fmt.Sprintf("Size %T", v), binary.Size(v), gbinary.Size(v))
			a1, e1 := binary.Append([]byte{9}, order.r, v)
			a2, e2 := gbinary.Append([]byte{9}, order.g, v)
			check(fmt.Sprintf("Append %T", v), fmt.Sprint(a1, e1), fmt.Sprint(a2, e2))
			if e1 == nil {
				p1 := reflect.New(reflect.Indirect(reflect.ValueOf(v)).Type())
				p2 := reflect.New(reflect.Indirect(reflect.ValueOf(v)).Type())
				if p1.Elem().Kind() == reflect.Slice {
					p1.Elem().Set(reflect.MakeSlice(p1.Elem().Type(), reflect.ValueOf(v).Len(), reflect.ValueOf(v).Len()))
					p2.Elem().Set(reflect.MakeSlice(p2.Elem().Type(), reflect.ValueOf(v).Len(), reflect.ValueOf(v).Len()))
				}
				r1 := binary.Read(bytes.NewReader(b1.Bytes()), order.r, p1.Interface())
				r2 := gbinary.Read(gbytes.NewReader(b1.Bytes()), order.g, p2.Interface())
				check(fmt.Sprintf("Read %T", v), fmt.Sprint(p1.Elem().Interface(), r1), fmt.Sprint(p2.Elem().Interface(), r2))
				r1 = binary.Read(bytes.NewReader(b1.Bytes()[:1]), order.r, p1.Interface())
				r2 = gbinary.Read(gbytes.NewReader(b1.Bytes()[:1]), order.g, p2.Interface())
				check(fmt.Sprintf("Read short %T", v), fmt.Sprint(r1), fmt.Sprint(r2))
			}
		}
		check("String", order.r.String(), order.g.String())
	}
	for _, x := range []int64{0, 1, -1, 63, -64, 64, 1 << 40, -1 << 63, 1<<63 - 1} {
		check("AppendVarint", binary.AppendVarint(nil, x), gbinary.AppendVarint(nil, x))
		buf := binary.AppendUvarint(nil, uint64(x))
		v1, n1 := binary.Uvarint(buf)
		v2, n2 := gbinary.Uvarint(buf)
		check("Uvarint", [2]any{v1, n1}, [2]any{v2, n2})
		u1, e1 := binary.ReadVarint(bytes.NewReader(binary.AppendVarint(nil, x)))
		u2, e2 := gbinary.ReadVarint(gbytes.NewReader(binary.AppendVarint(nil, x)))
		check("ReadVarint", fmt.Sprint(u1, e1), fmt.Sprint(u2, e2))
	}
	bad := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}
	v1, n1 := binary.Uvarint(bad)
	v2, n2 := gbinary.Uvarint(bad)
	check("Uvarint overflow", [2]any{v1, n1}, [2]any{v2, n2})
	_, e1 := binary.ReadUvarint(bytes.NewReader(bad))
	_, e2 := gbinary.ReadUvarint(gbytes.NewReader(bad))
	check("ReadUvarint overflow", fmt.Sprint(e1), fmt.Sprint(e2))
	_, e1 = binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	_, e2 = gbinary.ReadUvarint(gbytes.NewReader([]byte{0x80}))
	check("ReadUvarint short", fmt.Sprint(e1), fmt.Sprint(e2))
	if fails > 0 {
		os.Exit(1)
	}
}
