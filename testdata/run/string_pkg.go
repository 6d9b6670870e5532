// The strings package.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""), strings.ContainsRune("abc", 'b'), strings.ContainsAny("hello", "xyz"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "bb"))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz \n qux  "))
	fmt.Println(strings.ToUpper("Hello, Wörld! ß"), strings.ToLower("HeLLo ÉCOLE"), strings.Title("x"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t hi there \n "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "lang"), strings.HasSuffix("golang", "lang"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banxana"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a href>x</a>"))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("abc"))
	rd := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf[:n]), rd.Len())
}
