// Print/Sprint add spaces only between operands when neither is a string;
// Println/Sprintln always add spaces and a newline.
package main

import (
	"fmt"
	"os"
)

type S struct{}

func (S) String() string { return "S" }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Print(S{}, S{}, 1, S{}, "\n")
	fmt.Print(nil, nil, []int{1}, []int{2}, "\n")
	s := fmt.Sprint("a", 1, 2, "b", "c", 3)
	fmt.Println(s, len(s))
	s = fmt.Sprint()
	fmt.Println(len(s))
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln()
	fmt.Printf("%q\n", s)
	fmt.Println()
	fmt.Println("single")
	fmt.Println(1, "a", 'c', 2.0, nil)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("x", 1, 2, "\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%d-%s\n", 5, "five")
	fmt.Println(n)
	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 1, 2)
	fmt.Fprintf(os.Stdout, "fprintf %v\n", []string{"a"})
	fmt.Println(fmt.Sprintf("%d%%", 50), fmt.Sprintf("no verbs"), fmt.Sprintf(""))
	e := fmt.Errorf("code %d: %w", 3, os.ErrNotExist)
	fmt.Println(e)
	fmt.Print(int8(1), uint(2), 3.0, float32(4), 5i, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print(fmt.Sprint(1.0, 2.0), "\n")
	fmt.Print([]byte("ab"), "cd", [1]int{1}, "\n")
}
