// sort.Ints, sort.Strings, sort.Slice, sort.SliceStable, sort.Search, sort.Sort.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 0, 9, 3, 3, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4))
	strs := []string{"banana", "apple", "Cherry", "date", "", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	words := byLen{"ccc", "a", "bb", "dddd", ""}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	// larger sort
	big := make([]int, 1000)
	x := uint32(12345)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = int(x >> 16)
	}
	sort.Ints(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[500], big[999])
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
}
