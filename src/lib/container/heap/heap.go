// Package heap provides heap operations for any type that implements
// heap.Interface: a min-heap with Init, Push, Pop, Remove and Fix. No natives.
package heap

import "sort"

// The Interface type describes the requirements for a type using the routines
// in this package: sort.Interface plus Push and Pop, which add and remove the
// element at index Len()-1.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init establishes the heap invariants required by the other routines in this
// package.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push pushes the element x onto the heap.
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from the
// heap.
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap.
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has
// changed its value.
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves the element at index j towards the root while it is less than its
// parent.
func up(h Interface, j int) {
	for j > 0 {
		parent := (j - 1) / 2
		if !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// down moves the element at index start towards the leaves of the heap of the
// first n elements while a child is less than it, and reports whether it
// moved.
func down(h Interface, start, n int) bool {
	cur := start
	for {
		child := 2*cur + 1
		if child >= n || child < 0 {
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, cur) {
			break
		}
		h.Swap(cur, child)
		cur = child
	}
	return cur > start
}
