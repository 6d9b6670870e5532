// make with len/cap, copy (overlapping), 3-index slices, nil vs empty
// slices, slices of slices, slicing arrays.
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s2 := s[1:5]
	fmt.Println(s2, len(s2), cap(s2))
	s2[3] = 7
	fmt.Println(s[:5])
	z := make([]string, 2)
	fmt.Printf("%q %d %d\n", z, len(z), cap(z))
	// copy
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src, src[2:])
	fmt.Println(n, src)
	bs := make([]byte, 8)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	fmt.Println(copy(bs, ""), copy([]int(nil), src))
	// 3-index slices
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := arr[2:4:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(arr)
	t = append(t, 101, 102)
	t[0] = -1
	fmt.Println(arr, t)
	u := arr[:0:0]
	fmt.Println(len(u), cap(u), u == nil)
	// nil vs empty
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilSlice == nil, empty == nil, made == nil, len(nilSlice), cap(nilSlice))
	fmt.Println(nilSlice, empty, made)
	fmt.Printf("%v %v %#v %#v\n", nilSlice, empty, nilSlice, empty)
	for range nilSlice {
		fmt.Println("never")
	}
	fmt.Println(nilSlice[:], nilSlice[0:0] == nil, empty[:0] == nil)
	// slices of slices
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[2]))
	grid[1] = append(grid[1], 42)
	fmt.Println(grid)
	jag := [][]string{{"a"}, {}, nil, {"b", "c"}}
	fmt.Println(jag, len(jag[1]), jag[2] == nil)
	// slicing arrays and pointers to arrays
	a := [5]int{1, 2, 3, 4, 5}
	p := &a
	sl := p[1:3]
	sl[0] = 20
	fmt.Println(a, sl, len(p), cap(sl))
	whole := a[:]
	whole[4] = 50
	fmt.Println(a)
	// slice of string
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", str[5:])
	// modifying through range over slice copy
	vals := []int{1, 2, 3}
	for i, v := range vals {
		vals[i] = v * 10
		if i == 0 {
			vals = append(vals, 4)
		}
	}
	fmt.Println(vals)
	// clear and min/max builtins
	cl := []int{1, 2, 3}
	clear(cl)
	fmt.Println(cl, min(3, 1, 2), max(2.5, 1), min("b", "a"))
	// slices to arrays conversion
	arr4 := [4]int(src[:4])
	ap := (*[2]int)(src)
	ap[0] = 77
	fmt.Println(arr4, src[0])
}
