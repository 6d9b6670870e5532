// Embedded interfaces: in interface types (method set union), in struct
// types (forwarding, overriding one method), io interface composition.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

// Logging embeds a Writer interface and overrides Write, forwarding to it.
type Logging struct {
	Writer
	n int
}

func (l *Logging) Write(s string) {
	l.n++
	l.Writer.Write(fmt.Sprintf("[%d] %s", l.n, s))
}

// reverse embeds sort.Interface and overrides Less.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type Empty struct{ ReadWriter }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	var w Writer = rw
	w.Write("three")
	fmt.Println(rw.Read(), rw.Read(), rw.Read())
	buf := &Buffer{}
	lg := &Logging{Writer: buf}
	lg.Write("hello")
	lg.Write("world")
	var w2 Writer = lg
	w2.Write("via interface")
	fmt.Println(buf.data, lg.n)
	s := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(s)})
	fmt.Println(s)
	data, _ := io.ReadAll(upper{strings.NewReader("shout this")})
	fmt.Println(string(data))
	var sb strings.Builder
	var iw io.Writer = &sb
	io.WriteString(iw, "written")
	_, isStringWriter := iw.(io.StringWriter)
	fmt.Println(sb.String(), isStringWriter)
	// calling a method of a nil embedded interface panics
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var e Empty
		e.Write("x")
	}()
	// interface with embedded overlapping methods
	type RW2 interface {
		ReadWriter
		Reader
	}
	var rw2 RW2 = &Buffer{data: []string{"overlap"}}
	fmt.Println(rw2.Read())
	fmt.Printf("%T %T\n", rw, rw2)
}
