// fmt verbs on strings and byte slices: %s %q %x %X %v with flags, width
// and precision.
package main

import "fmt"

func main() {
	strs := []string{"", "hello", "héllo 世界", "tab\there", "quote\"back\\slash", "\x00\x7f\xff", "😀"}
	for _, s := range strs {
		fmt.Printf("%s|%q|%+q|%#q|%x|%X|% x|%#x|%v|%T\n", s, s, s, s, s, s, s, s, s, s)
	}
	fmt.Printf("[%8s][%-8s][%.3s][%8.2s][%-8.2s][%08s]\n", "go", "go", "golang", "golang", "golang", "go")
	fmt.Printf("[%.2s][%.1q][%10q][%-10q]\n", "世界你好", "世界", "a", "b")
	b := []byte("bytes\n")
	fmt.Printf("%s|%q|%x|%X|% x|%v|%d\n", b, b, b, b, b, b, b)
	fmt.Printf("%s %v\n", []byte(nil), []byte{})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b\n"})
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("%5.1x|\n", "abc")
	fmt.Printf("%s %d\n", "only one")
	fmt.Printf("%c|%c\n", "str", 'x')
	var ps *string
	fmt.Printf("%s %v\n", ps, ps)
	ba := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %x %v\n", ba, ba, ba)
	fmt.Printf("%s\n", &ba)
	type BS []byte
	fmt.Printf("%s %v %q\n", BS("named"), BS("v"), BS("q"))
}
