// Maps: insert, lookup, delete, comma-ok, len, iteration with sorted keys,
// clear, maps of slices, maps of maps, nil map reads.
package main

import (
	"fmt"
	"sort"
)

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] = 11
	fmt.Println(len(m), m["one"], m["missing"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "not there")
	_, ok = m["two"]
	fmt.Println(len(m), ok)
	for _, k := range sortedKeys(m) {
		fmt.Println(k, m[k])
	}
	fmt.Println(m)
	m["x"]++
	m["x"] += 5
	fmt.Println(m["x"])
	// int keys, many entries, growth
	sq := make(map[int]int)
	for i := 0; i < 1000; i++ {
		sq[i] = i * i
	}
	sum := 0
	for k, v := range sq {
		if k*k != v {
			fmt.Println("bad", k)
		}
		sum += v
	}
	fmt.Println(len(sq), sum, sq[999])
	for i := 0; i < 1000; i += 2 {
		delete(sq, i)
	}
	fmt.Println(len(sq), sq[2], sq[3])
	clear(sq)
	fmt.Println(len(sq), sq[3])
	sq[5] = 1
	fmt.Println(len(sq))
	// maps of slices
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups["even"], groups["odd"], len(groups["none"]), groups)
	// map of maps
	mm := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := mm[a]
		if !ok {
			inner = map[string]int{}
			mm[a] = inner
		}
		inner[b]++
	}
	add("a", "x")
	add("a", "y")
	add("b", "x")
	add("a", "x")
	fmt.Println(mm, len(mm), mm["a"]["x"], mm["c"]["z"])
	// nil map
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["a"])
	_, ok = nm["a"]
	fmt.Println(ok)
	for range nm {
		fmt.Println("never")
	}
	delete(nm, "a")
	fmt.Println(nm)
	// map values are copies
	type P struct{ X int }
	pm := map[string]P{"a": {1}}
	p := pm["a"]
	p.X = 2
	fmt.Println(pm["a"].X)
	pp := map[string]*P{"a": {1}}
	pp["a"].X = 5
	fmt.Println(pp["a"].X)
	// maps are references
	m2 := m
	m2["new"] = 42
	fmt.Println(m["new"], len(m))
	// float keys, bool keys, rune keys
	fk := map[float64]string{0.1: "a", 2: "b"}
	fk[-0.0] = "zero"
	fk[0] = "zero2"
	fmt.Println(len(fk), fk[0.1], fk[0])
	bk := map[bool]int{true: 1}
	bk[false]--
	fmt.Println(bk)
	rk := map[rune]int{}
	for _, r := range "hello world" {
		rk[r]++
	}
	fmt.Println(rk['l'], rk['o'], len(rk))
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[string]bool{"z": true, "a": false})
}
