//go:build ignore

// slices: append growth from empty, copy, index loops without sorting,
// and 2D slices (a matrix product over [][]float64 and a grid of [][]int).
// Usage: slices N. Prints checksums.

package main

import (
	"fmt"
	"os"
	"strconv"
)

func appendGrowth(n int) int {
	total := 0
	for r := 0; r < 20; r++ {
		var s []int
		for i := 0; i < n; i++ {
			s = append(s, i^r)
		}
		var t []int
		t = append(t, s[:n/2]...)
		t = append(t, s...)
		total += len(t) + cap(s)/n + t[len(t)-1]
	}
	return total
}

func copyAndIndex(n int) int {
	a := make([]int, n)
	for i := range a {
		a[i] = (i * 2654435761) % 1000003
	}
	b := make([]int, n)
	sum := 0
	for r := 0; r < 20; r++ {
		copy(b, a)
		copy(b[1:], b[:n-1]) // overlapping copy
		for i := 1; i < n-1; i++ {
			b[i] = (b[i-1] + b[i] + b[i+1]) % 1000003
		}
		// Reverse in place with two indices.
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		sum += b[r] + b[n/2]
	}
	return sum
}

func matmul(m int) float64 {
	a := make([][]float64, m)
	b := make([][]float64, m)
	c := make([][]float64, m)
	for i := 0; i < m; i++ {
		a[i] = make([]float64, m)
		b[i] = make([]float64, m)
		c[i] = make([]float64, m)
		for j := 0; j < m; j++ {
			a[i][j] = float64(i*m+j) / float64(m*m)
			b[i][j] = float64(j*m+i) / float64(m*m)
		}
	}
	for i := 0; i < m; i++ {
		ai, ci := a[i], c[i]
		for k := 0; k < m; k++ {
			aik, bk := ai[k], b[k]
			for j := 0; j < m; j++ {
				ci[j] += aik * bk[j]
			}
		}
	}
	tr := 0.0
	for i := 0; i < m; i++ {
		tr += c[i][i]
	}
	return tr
}

func life(size, steps int) int {
	grid := make([][]int, size)
	next := make([][]int, size)
	for i := range grid {
		grid[i] = make([]int, size)
		next[i] = make([]int, size)
		for j := range grid[i] {
			if (i*31+j*17)%7 < 3 {
				grid[i][j] = 1
			}
		}
	}
	for s := 0; s < steps; s++ {
		for i := 0; i < size; i++ {
			for j := 0; j < size; j++ {
				nb := 0
				for di := -1; di <= 1; di++ {
					for dj := -1; dj <= 1; dj++ {
						if di != 0 || dj != 0 {
							nb += grid[(i+di+size)%size][(j+dj+size)%size]
						}
					}
				}
				if nb == 3 || (nb == 2 && grid[i][j] == 1) {
					next[i][j] = 1
				} else {
					next[i][j] = 0
				}
			}
		}
		grid, next = next, grid
	}
	alive := 0
	for _, row := range grid {
		for _, v := range row {
			alive += v
		}
	}
	return alive
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println("append:", appendGrowth(n))
	fmt.Println("copy/index:", copyAndIndex(n))
	fmt.Printf("matmul: %.6f\n", matmul(isqrt(n)/4+2))
	fmt.Println("life:", life(64, n/5000+1))
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}
