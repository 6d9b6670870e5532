//go:build ignore

// mandelbrot: the Mandelbrot set on an N×N grid over [-1.5,0.5]×[-1,1], 50
// iterations, as the Computer Language Benchmarks Game program computes its
// bitmap (8 pixels a byte, single-threaded); prints the number of points in
// the set and an FNV-1a checksum of the bitmap instead of the PBM image.
// Usage: mandelbrot N.

package main

import (
	"fmt"
	"os"
	"strconv"
)

const (
	iterations = 50
	limit      = 2.0
)

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	rowBytes := (n + 7) / 8
	row := make([]byte, rowBytes)
	hash := uint32(2166136261)
	inside := 0
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < iterations && tr+ti <= limit*limit; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			if tr+ti <= limit*limit {
				row[x/8] |= 0x80 >> uint(x%8)
				inside++
			}
		}
		for _, b := range row {
			hash ^= uint32(b)
			hash *= 16777619
		}
	}
	fmt.Printf("P4 %d %d: %d points inside, checksum %08x\n", n, n, inside, hash)
}
