// Type assertions (comma-ok) and type switches with multiple types per case,
// nil cases and default.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Stringer interface{ String() string }

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T%d", t.n) }

type U struct{}

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case []int:
		return fmt.Sprint("slice ", len(v))
	case error:
		return "error " + v.Error()
	case Stringer:
		return "stringer " + v.String()
	case func() int:
		return fmt.Sprint("func returning ", v())
	case *T:
		return fmt.Sprint("pointer to T ", v.n)
	case bool, float64:
		return fmt.Sprintf("bool or float %v", v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", []int{1, 2}, errors.New("boom"), T{3}, func() int { return 4 }, &T{5}, true, 2.5, U{}, int8(1), map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var x interface{} = "hello"
	s, ok := x.(string)
	fmt.Println(s, ok)
	i, ok := x.(int)
	fmt.Println(i, ok)
	st, ok := x.(Stringer)
	fmt.Println(st, ok)
	x = T{9}
	st, ok = x.(Stringer)
	fmt.Println(st.String(), ok)
	t := x.(T)
	fmt.Println(t.n)
	_, ok = x.(*T)
	fmt.Println(ok)
	// assertion to interface from interface
	var r io.Reader = strings.NewReader("data")
	_, isWriter := r.(io.Writer)
	_, isByteReader := r.(io.ByteReader)
	fmt.Println(isWriter, isByteReader)
	// nil interface assertion with comma-ok
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	// switch without binding
	for _, v := range []any{1, "s", nil, 1.5} {
		switch v.(type) {
		case int:
			fmt.Print("int ")
		case nil:
			fmt.Print("nil ")
		default:
			fmt.Print("default ")
		case string:
			fmt.Print("string ")
		}
	}
	fmt.Println()
	// switch on a typed nil pointer
	var tp *T
	var iv interface{} = tp
	switch v := iv.(type) {
	case nil:
		fmt.Println("nil")
	case *T:
		fmt.Println("*T", v == nil)
	}
	// named types are distinct from their underlying
	type MyInt int
	var mi interface{} = MyInt(5)
	_, isInt := mi.(int)
	m, isMy := mi.(MyInt)
	fmt.Println(isInt, isMy, m)
}
