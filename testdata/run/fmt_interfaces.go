// fmt with Stringer, error, fmt.Formatter and fmt.GoStringer.
package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprint("PS:", p.v) }

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{Cents:%d}", m.Cents)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		w, ok := f.Width()
		fmt.Fprintf(f, "%d(width %d %v)", m.Cents, w, ok)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return strings.Repeat("*", len(s)) }

type Both struct{ N int }

func (b Both) Error() string  { return "error wins" }
func (b Both) String() string { return "string loses" }

type Panicky struct{}

func (p Panicky) String() string { panic("oops") }

type NilPtrStringer struct{}

func (n *NilPtrStringer) String() string { return "nil-safe" }

type Wrapper struct {
	C Color
	S Secret
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x %+v %#v\n", Green, Green, Green, Green, Green, Green, Green)
	fmt.Println([]Color{Red, Green}, map[Color]int{Blue: 1, Red: 2})
	ps := PtrStringer{3}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v\n", ps, &ps)
	m := Money{12345}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%s|%d|%5d|%x\n", m, m, m, m, m, m)
	s := Secret("hunter2")
	fmt.Println(s)
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	fmt.Printf("%v %#v\n", Wrapper{Blue, "pw"}, Wrapper{Blue, "pw"})
	fmt.Println(Both{1})
	fmt.Printf("%v %s\n", Both{1}, Both{2})
	fmt.Println(Panicky{})
	var np *NilPtrStringer
	fmt.Println(np)
	var nps *PtrStringer
	fmt.Println(nps)
	fmt.Printf("[%10v] [%-10v]\n", Red, Blue)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprintln(Red, "x"))
}
