// The unicode/utf8 and unicode packages.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "aé世😀\xff"
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("aé"), utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.RuneLen(0xd800))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Println(r, size, r == utf8.RuneError)
		s = s[size:]
	}
	r, size := utf8.DecodeLastRuneInString("abc世")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '世', '😀', 0xd800, -1, 0x110000} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Println(buf, len(buf))
	b4 := make([]byte, 4)
	n := utf8.EncodeRune(b4, '€')
	fmt.Println(b4[:n], n)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8), utf8.ValidRune(0x10ffff), utf8.ValidRune(0xdfff))
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte{0xc0, 0x80}))
	for _, r := range "aZ5 é!Σ\t" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('é', unicode.Latin), unicode.MaxRune, unicode.ReplacementChar)
}
