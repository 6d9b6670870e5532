// Map keys of several kinds: NaN, structs, interfaces, arrays, pointers.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Key struct {
	A string
	B int
}

type Named struct{ N int }

func main() {
	nan := math.NaN()
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fm[1] = 3
	fmt.Println(len(fm))
	_, ok := fm[nan]
	fmt.Println(ok, fm[nan])
	nanCount := 0
	sum := 0
	for k, v := range fm {
		if k != k {
			nanCount++
		}
		sum += v
	}
	fmt.Println(nanCount, sum)
	delete(fm, nan)
	fmt.Println(len(fm))
	clear(fm)
	fmt.Println(len(fm))
	// struct keys
	sk := map[Key]int{}
	sk[Key{"a", 1}] = 10
	sk[Key{"a", 2}] = 20
	sk[Key{"a", 1}] += 5
	fmt.Println(len(sk), sk[Key{"a", 1}], sk[Key{"b", 1}])
	// interface keys
	ik := map[interface{}]string{}
	ik[1] = "int 1"
	ik[int64(1)] = "int64 1"
	ik["1"] = "string 1"
	ik[1.0] = "float 1"
	ik[Key{"k", 0}] = "struct"
	ik[Named{1}] = "named"
	ik[[2]int{1, 2}] = "array"
	ik[true] = "bool"
	ik[nil] = "nil"
	fmt.Println(len(ik), ik[1], ik[int64(1)], ik["1"], ik[1.0], ik[Key{"k", 0}], ik[Named{1}], ik[[2]int{1, 2}], ik[true], ik[nil])
	_, ok = ik[int32(1)]
	fmt.Println(ok)
	var e error
	ik[e] = "nil error"
	fmt.Println(len(ik), ik[nil])
	var ik2 = map[any]int{nan: 1}
	ik2[nan] = 2
	fmt.Println(len(ik2))
	// pointer keys
	a, b := &Named{1}, &Named{1}
	pk := map[*Named]int{a: 1, b: 2}
	fmt.Println(len(pk), pk[a], pk[b])
	// array keys
	ak := map[[3]string]int{}
	ak[[3]string{"a", "b", "c"}] = 1
	ak[[3]string{"a", "b", "c"}]++
	fmt.Println(ak)
	// string keys built differently
	smap := map[string]int{}
	smap["ab"] = 1
	x := "a"
	x += "b"
	smap[x]++
	bs := []byte{'a', 'b'}
	smap[string(bs)]++
	fmt.Println(smap)
	// printing maps with sorted keys
	fmt.Println(map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3})
	keys := []string{}
	for k := range map[string]bool{"z": true, "m": true, "a": true} {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
