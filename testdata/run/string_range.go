// Ranging over strings by rune, over valid and invalid UTF-8; conversions
// string <-> []byte, string <-> []rune, string(rune) including invalid runes.
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes", n)
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	// []rune
	rs := []rune("aé世😀\xff")
	fmt.Println(len(rs), rs)
	fmt.Println(string(rs), len(string(rs)))
	rs[0] = 'Z'
	fmt.Println(string(rs[:3]))
	// []byte
	bs := []byte("héllo")
	fmt.Println(bs, len(bs))
	fmt.Println(string(bs[1:3]))
	// string(rune) incl. invalid
	runes := []rune{65, 0xe9, 0x4e16, 0x1f600, -1, 0xd800, 0xdfff, 0x10ffff, 0x110000}
	for _, r := range runes {
		s := string(r)
		fmt.Println(r, len(s), []byte(s))
	}
	var r64 int64 = 0x10000000041
	fmt.Println(string(rune(r64)))
	var b byte = 200
	fmt.Println(string(rune(b)), []byte(string(rune(b))))
	// []rune conversion of invalid runes
	fmt.Println([]byte(string([]rune{-5, 0x61, 0xd800})))
	// []byte of empty
	fmt.Println(len([]byte("")), []byte(nil) == nil, string([]byte(nil)) == "")
}
