// Differential test: sort, slices, container/heap (the order of equal elements).
package main

import (
	"container/heap"
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"sort"

	gheap "gotslib/container/heap"
	gslices "gotslib/slices"
	gsort "gotslib/sort"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 20 {
			fmt.Printf("%s:\n\twant %v\n\tgot  %v\n", what, want, got)
		}
	}
}

type item struct{ key, id int }

type byKey []item

func (x byKey) Len() int           { return len(x) }
func (x byKey) Less(i, j int) bool { return x[i].key < x[j].key }
func (x byKey) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x *byKey) Push(v any)        { *x = append(*x, v.(item)) }
func (x *byKey) Pop() any {
	old := *x
	v := old[len(old)-1]
	*x = old[:len(old)-1]
	return v
}

type gbyKey struct{ *byKey }

func (g gbyKey) Len() int           { return g.byKey.Len() }
func (g gbyKey) Less(i, j int) bool { return g.byKey.Less(i, j) }
func (g gbyKey) Swap(i, j int)      { g.byKey.Swap(i, j) }

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func gen(n, keys, pattern int) []item {
	a := make([]item, n)
	for i := range a {
		var k int
		switch pattern {
		case 0:
			k = int(rnd() % uint64(keys))
		case 1:
			k = i / 3
		case 2:
			k = (n - i) / 2
		case 3:
			k = i % keys
		case 4:
			if i%10 == 0 {
				k = int(rnd() % uint64(keys))
			} else {
				k = i
			}
		}
		a[i] = item{k, i}
	}
	return a
}

func main() {
	cmpItem := func(a, b item) int { return a.key - b.key }
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 5000} {
		for _, keys := range []int{1, 3, 50, 100000} {
			for pattern := 0; pattern < 5; pattern++ {
				base := gen(n, keys, pattern)
				k := fmt.Sprint(n, " ", keys, " ", pattern)
				a1, a2 := slices.Clone(base), slices.Clone(base)
				sort.Sort(byKey(a1))
				gsort.Sort(byKey(a2))
				check("Sort "+k, a1, a2)
				a1, a2 = slices.Clone(base), slices.Clone(base)
				sort.Stable(byKey(a1))
				gsort.Stable(byKey(a2))
				check("Stable "+k, a1, a2)
				a1, a2 = slices.Clone(base), slices.Clone(base)
				sort.Slice(a1, func(i, j int) bool { return a1[i].key < a1[j].key })
				gsort.Slice(a2, func(i, j int) bool { return a2[i].key < a2[j].key })
				check("Slice "+k, a1, a2)
				a1, a2 = slices.Clone(base), slices.Clone(base)
				sort.SliceStable(a1, func(i, j int) bool { return a1[i].key > a1[j].key })
				gsort.SliceStable(a2, func(i, j int) bool { return a2[i].key > a2[j].key })
				check("SliceStable "+k, a1, a2)
				a1, a2 = slices.Clone(base), slices.Clone(base)
				slices.SortFunc(a1, cmpItem)
				gslices.SortFunc(a2, cmpItem)
				check("SortFunc "+k, a1, a2)
				a1, a2 = slices.Clone(base), slices.Clone(base)
				slices.SortStableFunc(a1, cmpItem)
				gslices.SortStableFunc(a2, cmpItem)
				check("SortStableFunc "+k, a1, a2)
				a1, a2 = slices.Clone(base), slices.Clone(base)
				sort.Sort(sort.Reverse(byKey(a1)))
				gsort.Sort(gsort.Reverse(byKey(a2)))
				check("Reverse "+k, a1, a2)
				// heap
				h1, h2 := byKey(slices.Clone(base)), byKey(slices.Clone(base))
				heap.Init(&h1)
				gheap.Init(gbyKey{&h2})
				check("heap.Init "+k, h1, h2)
				var o1, o2 []item
				for i := 0; i < n/2; i++ {
					v := item{int(rnd() % 7), -i}
					heap.Push(&h1, v)
					gheap.Push(gbyKey{&h2}, v)
					o1 = append(o1, heap.Pop(&h1).(item))
					o2 = append(o2, gheap.Pop(gbyKey{&h2}).(item))
				}
				check("heap ops "+k, o1, o2)
				fl := make([]float64, n)
				for i := range fl {
					fl[i] = float64(base[i].key)
					if i%17 == 3 {
						fl[i] = math.NaN()
					}
				}
				f1, f2 := slices.Clone(fl), slices.Clone(fl)
				slices.Sort(f1)
				gslices.Sort(f2)
				check("Sort floats "+k, fmt.Sprint(f1), fmt.Sprint(f2))
			}
		}
	}
	s := []int{1, 2, 2, 3, 3, 3, 4, 5}
	check("Compact", slices.Compact(slices.Clone(s)), gslices.Compact(slices.Clone(s)))
	check("Insert", slices.Insert(slices.Clone(s), 2, 9, 8, 7), gslices.Insert(slices.Clone(s), 2, 9, 8, 7))
	c1, c2 := slices.Clone(s), slices.Clone(s)
	check("Insert cap", slices.Insert(c1[:3:8], 1, 9), gslices.Insert(c2[:3:8], 1, 9))
	check("Insert cap backing", c1, c2)
	check("Delete", slices.Delete(slices.Clone(s), 1, 4), gslices.Delete(slices.Clone(s), 1, 4))
	check("Replace", slices.Replace(slices.Clone(s), 1, 4, 7), gslices.Replace(slices.Clone(s), 1, 4, 7))
	check("Replace grow", slices.Replace(slices.Clone(s), 1, 2, 7, 7, 7, 7), gslices.Replace(slices.Clone(s), 1, 2, 7, 7, 7, 7))
	i1, f1 := slices.BinarySearch(s, 3)
	i2, f2 := gslices.BinarySearch(s, 3)
	check("BinarySearch", [2]any{i1, f1}, [2]any{i2, f2})
	check("Repeat", slices.Repeat(s, 3), gslices.Repeat(s, 3))
	check("Concat", slices.Concat(s, s, nil), gslices.Concat(s, s, nil))
	check("Max", slices.Max(s), gslices.Max(s))
	check("Chunk", slices.Collect(slices.Chunk(s, 3)), gslices.Collect(gslices.Chunk(s, 3)))
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}

