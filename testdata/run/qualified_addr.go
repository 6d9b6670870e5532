// The address of another package's variable (&pkg.V), and methods with
// pointer receivers called on it.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	p := &os.Args
	fmt.Println(len(*p) == len(os.Args), p == &os.Args)
	e := &io.EOF
	fmt.Println(*e == io.EOF, errors.Is(*e, io.EOF))
	saved := io.ErrUnexpectedEOF
	q := &io.ErrUnexpectedEOF
	*q = errors.New("changed")
	fmt.Println(io.ErrUnexpectedEOF)
	io.ErrUnexpectedEOF = saved
	fmt.Println(*q)
	var sb strings.Builder
	w := &sb
	fmt.Fprint(w, "ok")
	fmt.Println(sb.String())
}
