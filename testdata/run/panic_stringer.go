// Panicking with a fmt.Stringer value (not an error).
package main

import "fmt"

type T struct{ A, B int }

func (t T) String() string { return fmt.Sprintf("T(%d,%d)", t.A, t.B) }

func main() {
	panic(T{1, 2})
}
