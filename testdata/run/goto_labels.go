// goto, labelled break and continue out of nested loops and switches,
// fallthrough.
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	ri, ci := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 10))
	// continue with label
	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
		}
	}
	fmt.Println("count", count)
	// break out of a switch inside a loop
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
		default:
			n++
		}
	}
	fmt.Println("n", n)
	// plain break in switch only leaves the switch
	hits := 0
	for i := 0; i < 4; i++ {
		switch i {
		case 1, 2:
			hits++
			break
		}
	}
	fmt.Println("hits", hits)
	// goto loop
	i := 0
again:
	if i < 3 {
		fmt.Print("goto ", i, " ")
		i++
		goto again
	}
	fmt.Println()
	// goto forward
	if i == 3 {
		goto skip
	}
	fmt.Println("not printed")
skip:
	fmt.Println("skipped")
	// fallthrough
	for _, v := range []int{0, 1, 2, 3} {
		switch v {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2:
			fmt.Print("two ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	// labelled continue in range over map-free structures with a switch
	words := []string{"a", "skip", "b", "stop", "c"}
words:
	for _, w := range words {
		switch w {
		case "skip":
			continue words
		case "stop":
			break words
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	// switch with init statement and no tag
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	case x > 1:
		fmt.Println("x > 1")
	}
	// labelled block break
	k := 0
block:
	for {
		for {
			k++
			if k == 3 {
				break block
			}
		}
	}
	fmt.Println("k", k)
}
