// Sscan, Sscanf, Sscanln and Fscan on a strings.Reader.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20 hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("1\n\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	var name string
	var age int
	n, err = fmt.Sscanf("name=bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var x, y int
	n, err = fmt.Sscanf("(3, -4)", "(%d, %d)", &x, &y)
	fmt.Println(n, err, x, y)
	var h int
	var r rune
	n, err = fmt.Sscanf("ff Z", "%x %c", &h, &r)
	fmt.Println(n, err, h, string(r))
	var bo bool
	var u uint8
	n, err = fmt.Sscanf("true 300", "%t %d", &bo, &u)
	fmt.Println(n, err, bo, u)
	n, err = fmt.Sscanln("7 8\n9", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("7\n8", &a, &b)
	fmt.Println(n, err)
	rd := strings.NewReader("3\n1 2 3\nalpha beta\n")
	var count int
	fmt.Fscan(rd, &count)
	sum := 0
	for i := 0; i < count; i++ {
		var v int
		fmt.Fscan(rd, &v)
		sum += v
	}
	var w1, w2 string
	fmt.Fscan(rd, &w1, &w2)
	fmt.Println(count, sum, w1, w2)
	n, err = fmt.Fscan(rd, &w1)
	fmt.Println(n, err)
	br := bufio.NewReader(strings.NewReader("12 34\n56\n"))
	var p, q, t int
	fmt.Fscanln(br, &p, &q)
	fmt.Fscanln(br, &t)
	fmt.Println(p, q, t)
	var qs string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q", &qs)
	fmt.Println(n, err, qs)
}
