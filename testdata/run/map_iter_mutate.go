// Deleting and inserting during range: only deterministic facts are printed.
package main

import "fmt"

func main() {
	// deleting every entry while ranging: each entry is seen at most once,
	// and the map ends empty
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))
	// deleting entries not yet reached: they are not produced
	m = map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seenSet := map[int]bool{}
	for k := range m {
		seenSet[k] = true
		if k%2 == 0 {
			delete(m, k+1)
		} else {
			delete(m, k-1)
		}
	}
	// of each pair (2i, 2i+1) exactly one was seen
	pairsOK := true
	for i := 0; i < 100; i += 2 {
		if seenSet[i] == seenSet[i+1] {
			pairsOK = false
		}
	}
	fmt.Println(len(seenSet), len(m), pairsOK)
	// inserting during range: the original entries are all seen exactly once
	m = map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	count := map[int]int{}
	for k := range m {
		count[k]++
		if k < 10 {
			m[k+1000] = 0
		}
	}
	allOnce := true
	for i := 0; i < 10; i++ {
		if count[i] != 1 {
			allOnce = false
		}
	}
	fmt.Println(allOnce, len(m))
	// modifying values during range is fine
	m = map[int]int{1: 1, 2: 2, 3: 3}
	for k := range m {
		m[k] *= 10
	}
	fmt.Println(m)
	// clear during range stops producing entries
	m = map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	n := 0
	for range m {
		n++
		clear(m)
	}
	fmt.Println(n, len(m))
}
