// fmt over os.Stdout, os.Stderr and os.Stdin: prompts, scanned input,
// formatted floats, and stdout/stderr interleaving (one file in this test).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var name string
	var n int
	fmt.Print("name? ")
	fmt.Fscan(in, &name)
	fmt.Print("count? ")
	fmt.Fscan(in, &n)
	fmt.Fprintf(os.Stderr, "warning: %d is %s\n", n, map[bool]string{true: "even", false: "odd"}[n%2 == 0])
	fmt.Printf("hello %s, %d squared is %d\n", name, n, n*n)
	var xs []float64
	for {
		var x float64
		if _, err := fmt.Fscan(in, &x); err != nil {
			fmt.Fprintln(os.Stderr, "stop:", err)
			break
		}
		xs = append(xs, x)
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	fmt.Println(len(xs), "values, sum", sum, "mean", sum/float64(len(xs)))
	fmt.Printf("%v %.3e %8.2f|%-8.3g|%x %G\n", xs, sum, sum, sum, 1.5, 1e-10)
	fmt.Println(float32(0.1), 1e21, 1e20, 123456789.0, 1.0/3, float32(1)/3, -0.0, 5e-324)
	fmt.Fprintln(os.Stderr, "done")
}
