//go:build ignore

// maps: insert, look up, delete and range over map[int]int and
// map[string]int, N times each per round, 10 rounds.
// Usage: maps N. Prints checksums.

package main

import (
	"fmt"
	"os"
	"strconv"
)

func intMap(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919%n] = i
	}
	sum := 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i]; ok {
			sum += v
		} else {
			sum--
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	for k, v := range m {
		sum += k ^ v
	}
	// A map that grows from empty, without a size hint, and is updated in place.
	g := map[int]int{}
	for i := 0; i < n; i++ {
		g[i%1000] += i
	}
	for _, v := range g {
		sum += v % 1000
	}
	return sum + len(m)
}

func stringMap(n int, keys []string) int {
	m := make(map[string]int)
	for i := 0; i < n; i++ {
		m[keys[i]] = i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += m[keys[(i*31)%n]]
		if _, ok := m["missing"+keys[i]]; ok {
			sum++
		}
	}
	for i := 0; i < n; i += 3 {
		delete(m, keys[i])
	}
	for k, v := range m {
		sum += len(k) + v
	}
	return sum + len(m)
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i)
	}
	a, b := 0, 0
	for round := 0; round < 10; round++ {
		a += intMap(n)
		b += stringMap(n, keys)
	}
	fmt.Println("map[int]int:", a)
	fmt.Println("map[string]int:", b)
}
