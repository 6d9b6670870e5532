package slices

import (
	"cmp"
	"math/bits"
)

// Sort sorts a slice of any ordered type in ascending order.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	if n > 1 {
		pdq(x, 0, n, bits.Len(uint(n)), cmp.Less[E])
	}
}

// SortFunc sorts the slice x in ascending order as determined by the cmp
// function (negative: a < b, positive: a > b, zero: equal).
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	if n > 1 {
		pdq(x, 0, n, bits.Len(uint(n)), func(a, b E) bool { return cmp(a, b) < 0 })
	}
}

// SortStableFunc sorts the slice x while keeping the original order of equal
// elements, using cmp to compare elements as SortFunc does.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableSort(x, len(x), func(a, b E) bool { return cmp(a, b) < 0 })
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as
// the comparison function as defined by SortFunc.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func insertion[E any](d []E, lo, hi int, less func(a, b E) bool) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && less(d[j], d[j-1]); j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

func sift[E any](d []E, node, n, off int, less func(a, b E) bool) {
	for {
		c := 2*node + 1
		if c >= n {
			return
		}
		if c+1 < n && less(d[off+c], d[off+c+1]) {
			c++
		}
		if !less(d[off+node], d[off+c]) {
			return
		}
		d[off+node], d[off+c] = d[off+c], d[off+node]
		node = c
	}
}

func heapsort[E any](d []E, lo, hi int, less func(a, b E) bool) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		sift(d, i, n, lo, less)
	}
	for i := n - 1; i >= 0; i-- {
		d[lo], d[lo+i] = d[lo+i], d[lo]
		sift(d, 0, i, lo, less)
	}
}

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func pdq[E any](d []E, lo, hi, budget int, less func(a, b E) bool) {
	balanced, partitioned := true, true
	for {
		n := hi - lo
		if n <= 12 {
			insertion(d, lo, hi, less)
			return
		}
		if budget == 0 {
			heapsort(d, lo, hi, less)
			return
		}
		if !balanced {
			shuffleMiddle(d, lo, hi)
			budget--
		}
		p, hint := pickPivot(d, lo, hi, less)
		if hint == hintDecreasing {
			reverseRange(d, lo, hi)
			p = (hi - 1) - (p - lo)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && nearlySorted(d, lo, hi, less) {
			return
		}
		if lo > 0 && !less(d[lo-1], d[p]) {
			lo = splitEqual(d, lo, hi, p, less)
			continue
		}
		mid, already := split(d, lo, hi, p, less)
		partitioned = already
		left, right := mid-lo, hi-mid
		if left < right {
			balanced = left >= n/8
			pdq(d, lo, mid, budget, less)
			lo = mid + 1
		} else {
			balanced = right >= n/8
			pdq(d, mid+1, hi, budget, less)
			hi = mid
		}
	}
}

func split[E any](d []E, lo, hi, p int, less func(a, b E) bool) (int, bool) {
	d[lo], d[p] = d[p], d[lo]
	i, j := lo+1, hi-1
	for i <= j && less(d[i], d[lo]) {
		i++
	}
	for i <= j && !less(d[j], d[lo]) {
		j--
	}
	if i > j {
		d[j], d[lo] = d[lo], d[j]
		return j, true
	}
	d[i], d[j] = d[j], d[i]
	i++
	j--
	for {
		for i <= j && less(d[i], d[lo]) {
			i++
		}
		for i <= j && !less(d[j], d[lo]) {
			j--
		}
		if i > j {
			break
		}
		d[i], d[j] = d[j], d[i]
		i++
		j--
	}
	d[j], d[lo] = d[lo], d[j]
	return j, false
}

func splitEqual[E any](d []E, lo, hi, p int, less func(a, b E) bool) int {
	d[lo], d[p] = d[p], d[lo]
	i, j := lo+1, hi-1
	for {
		for i <= j && !less(d[lo], d[i]) {
			i++
		}
		for i <= j && less(d[lo], d[j]) {
			j--
		}
		if i > j {
			return i
		}
		d[i], d[j] = d[j], d[i]
		i++
		j--
	}
}

func nearlySorted[E any](d []E, lo, hi int, less func(a, b E) bool) bool {
	i := lo + 1
	for step := 0; step < 5; step++ {
		for i < hi && !less(d[i], d[i-1]) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		d[i], d[i-1] = d[i-1], d[i]
		if i-lo >= 2 {
			for j := i - 1; j >= 1 && less(d[j], d[j-1]); j-- {
				d[j], d[j-1] = d[j-1], d[j]
			}
		}
		if hi-i >= 2 {
			for j := i + 1; j < hi && less(d[j], d[j-1]); j++ {
				d[j], d[j-1] = d[j-1], d[j]
			}
		}
	}
	return false
}

func shuffleMiddle[E any](d []E, lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bits.Len(uint(n))) - 1
	mid := lo + (n/4)*2
	for k := mid - 1; k <= mid+1; k++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		d[k], d[lo+other] = d[lo+other], d[k]
	}
}

func pickPivot[E any](d []E, lo, hi int, less func(a, b E) bool) (int, int) {
	n := hi - lo
	swaps := 0
	q := n / 4
	i, j, k := lo+q, lo+q*2, lo+q*3
	if n >= 8 {
		if n >= 50 {
			i = median3(d, i-1, i, i+1, &swaps, less)
			j = median3(d, j-1, j, j+1, &swaps, less)
			k = median3(d, k-1, k, k+1, &swaps, less)
		}
		j = median3(d, i, j, k, &swaps, less)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func median3[E any](d []E, a, b, c int, swaps *int, less func(a, b E) bool) int {
	if less(d[b], d[a]) {
		*swaps++
		a, b = b, a
	}
	if less(d[c], d[b]) {
		*swaps++
		b, c = c, b
	}
	if less(d[b], d[a]) {
		*swaps++
		a, b = b, a
	}
	return b
}

func reverseRange[E any](d []E, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		d[i], d[j] = d[j], d[i]
	}
}

func stableSort[E any](d []E, n int, less func(a, b E) bool) {
	block := 20
	lo, hi := 0, block
	for hi <= n {
		insertion(d, lo, hi, less)
		lo = hi
		hi += block
	}
	insertion(d, lo, n, less)
	for block < n {
		lo, hi = 0, 2*block
		for hi <= n {
			symMerge(d, lo, lo+block, hi, less)
			lo = hi
			hi += 2 * block
		}
		if m := lo + block; m < n {
			symMerge(d, lo, m, n, less)
		}
		block *= 2
	}
}

func symMerge[E any](d []E, a, m, b int, less func(a, b E) bool) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if less(d[h], d[a]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			d[k], d[k+1] = d[k+1], d[k]
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !less(d[m], d[h]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			d[k], d[k-1] = d[k-1], d[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !less(d[p-c], d[c]) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(d, start, m, end)
	}
	if a < start && start < mid {
		symMerge(d, a, start, mid, less)
	}
	if mid < end && end < b {
		symMerge(d, mid, end, b, less)
	}
}

func swapRange[E any](d []E, a, b, n int) {
	for i := 0; i < n; i++ {
		d[a+i], d[b+i] = d[b+i], d[a+i]
	}
}

func rotate[E any](d []E, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(d, m-i, m, j)
			i -= j
		} else {
			swapRange(d, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(d, m-i, m, i)
}
