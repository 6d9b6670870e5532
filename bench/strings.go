//go:build ignore

// strings: building strings with += and with strings.Builder, iterating
// over bytes and over runes (range), and strconv conversions.
// Usage: strings N. Prints checksums.

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func concat(n int) int {
	total := 0
	for r := 0; r < n/1000; r++ {
		s := ""
		for i := 0; i < 1000; i++ {
			s += "ab"
			if i%10 == 0 {
				s += "é"
			}
		}
		total += len(s)
	}
	return total
}

func builder(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("x=")
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(';')
		if i%7 == 0 {
			b.WriteRune('λ')
		}
	}
	return b.String()
}

func bytesAndRunes(s string) (int, int, int) {
	digits := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			digits++
		}
	}
	runes, nonASCII := 0, 0
	for _, r := range s {
		runes++
		if r >= 0x80 {
			nonASCII += int(r)
		}
	}
	return digits, runes, nonASCII
}

func conversions(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		s := strconv.Itoa(i * 37)
		v, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		sum += v % 1000
		q := strconv.Quote(s)
		sum += len(q)
		f := strconv.FormatFloat(float64(i)/8, 'f', 3, 64)
		sum += len(f)
	}
	return sum
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println("concat:", concat(n))
	s := builder(n)
	fmt.Println("builder:", len(s), strings.Count(s, ";"), strings.Index(s, "x=99;"))
	d, r, na := bytesAndRunes(s)
	fmt.Println("bytes/runes:", d, r, na)
	fmt.Println("strconv:", conversions(n))
	fields := strings.Split(s[:len(s)/4], ";")
	fmt.Println("split/join:", len(fields), len(strings.Join(fields, ",")), strings.ToUpper(fields[1]))
}
