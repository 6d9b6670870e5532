// Strings: concatenation, byte indexing, slicing, len, comparison.
package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t), t[0], t[len(t)-1], string(t[7]))
	fmt.Println(t[:5], t[7:], t[3:8], t[:], t[len(t):] == "")
	u := "héllo, 世界"
	fmt.Println(len(u), u[1], u[2], u[1:3], u[9:])
	for i := 0; i < len(u); i++ {
		fmt.Print(u[i], " ")
	}
	fmt.Println()
	// comparison
	words := []string{"apple", "apricot", "b", "", "Apple", "app", "apple\x00", "é", "z"}
	for _, a := range words {
		for _, b := range words {
			if a < b {
				fmt.Print("<")
			} else if a == b {
				fmt.Print("=")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Println()
	}
	fmt.Println("abc" <= "abc", "abc" >= "abd", "ab" > "a", "" < "a")
	// building with +=
	acc := ""
	for i := 0; i < 10; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, len(acc))
	// strings are values: slicing shares but cannot mutate
	b := []byte(acc)
	b[0] = 'Z'
	fmt.Println(acc, string(b))
	// multi-line raw strings and escapes
	raw := `a\nb
c`
	fmt.Println(raw, len(raw))
	esc := "tab\tnl\\n quote\" \x41\u00e9\U0001F600 \101"
	fmt.Println(esc, len(esc))
	// string of byte values above 127
	hi := "\xff\xfe"
	fmt.Println(len(hi), hi[0], hi[1])
	// string equality after different constructions
	x := "go" + "lang"
	y := string([]byte{'g', 'o', 'l', 'a', 'n', 'g'})
	fmt.Println(x == y, x != y)
	var empty string
	fmt.Println(empty == "", len(empty))
	println(t, u)
}
