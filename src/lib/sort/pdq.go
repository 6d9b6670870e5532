package sort

import "math/bits"

type pivotHint int

const (
	hintUnknown pivotHint = iota
	hintIncreasing
	hintDecreasing
)

func insertion(d Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && d.Less(j, j-1); j-- {
			d.Swap(j, j-1)
		}
	}
}

// sift restores the max-heap property of the heap stored at d[off:off+n],
// starting at node.
func sift(d Interface, node, n, off int) {
	for {
		c := 2*node + 1
		if c >= n {
			return
		}
		if c+1 < n && d.Less(off+c, off+c+1) {
			c++
		}
		if !d.Less(off+node, off+c) {
			return
		}
		d.Swap(off+node, off+c)
		node = c
	}
}

func heapsort(d Interface, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		sift(d, i, n, lo)
	}
	for i := n - 1; i >= 0; i-- {
		d.Swap(lo, lo+i)
		sift(d, 0, i, lo)
	}
}

func pdq(d Interface, lo, hi, budget int) {
	balanced, partitioned := true, true
	for {
		n := hi - lo
		if n <= 12 {
			insertion(d, lo, hi)
			return
		}
		if budget == 0 {
			heapsort(d, lo, hi)
			return
		}
		if !balanced {
			shuffleMiddle(d, lo, hi)
			budget--
		}
		p, hint := pickPivot(d, lo, hi)
		if hint == hintDecreasing {
			reverseRange(d, lo, hi)
			p = (hi - 1) - (p - lo)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && nearlySorted(d, lo, hi) {
			return
		}

		if lo > 0 && !d.Less(lo-1, p) {
			lo = splitEqual(d, lo, hi, p)
			continue
		}
		mid, already := split(d, lo, hi, p)
		partitioned = already
		left, right := mid-lo, hi-mid
		if left < right {
			balanced = left >= n/8
			pdq(d, lo, mid, budget)
			lo = mid + 1
		} else {
			balanced = right >= n/8
			pdq(d, mid+1, hi, budget)
			hi = mid
		}
	}
}

// split partitions d[lo:hi] around the pivot at p: it returns the pivot's
// final index, and whether no swaps were needed.
func split(d Interface, lo, hi, p int) (int, bool) {
	d.Swap(lo, p)
	i, j := lo+1, hi-1
	for i <= j && d.Less(i, lo) {
		i++
	}
	for i <= j && !d.Less(j, lo) {
		j--
	}
	if i > j {
		d.Swap(j, lo)
		return j, true
	}
	d.Swap(i, j)
	i++
	j--
	for {
		for i <= j && d.Less(i, lo) {
			i++
		}
		for i <= j && !d.Less(j, lo) {
			j--
		}
		if i > j {
			break
		}
		d.Swap(i, j)
		i++
		j--
	}
	d.Swap(j, lo)
	return j, false
}

// splitEqual moves the elements equal to the pivot at p to the front of
// d[lo:hi] and returns the index just past them.
func splitEqual(d Interface, lo, hi, p int) int {
	d.Swap(lo, p)
	i, j := lo+1, hi-1
	for {
		for i <= j && !d.Less(lo, i) {
			i++
		}
		for i <= j && d.Less(lo, j) {
			j--
		}
		if i > j {
			return i
		}
		d.Swap(i, j)
		i++
		j--
	}
}

// nearlySorted tries to finish sorting d[lo:hi] by moving a few out-of-order
// elements into place, and reports whether it succeeded.
func nearlySorted(d Interface, lo, hi int) bool {
	i := lo + 1
	for step := 0; step < 5; step++ {
		for i < hi && !d.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		d.Swap(i, i-1)
		if i-lo >= 2 {
			for j := i - 1; j >= 1 && d.Less(j, j-1); j-- {
				d.Swap(j, j-1)
			}
		}
		if hi-i >= 2 {
			for j := i + 1; j < hi && d.Less(j, j-1); j++ {
				d.Swap(j, j-1)
			}
		}
	}
	return false
}

// shuffleMiddle swaps three elements around the middle of d[lo:hi] with
// pseudo-random ones (xorshift seeded with the length) to break patterns that
// lead to unbalanced partitions.
func shuffleMiddle(d Interface, lo, hi int) {
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
		d.Swap(k, lo+other)
	}
}

// pickPivot chooses a pivot among d[lo:hi] (median of three, or Tukey's
// ninther for long ranges) and guesses whether the range is sorted.
func pickPivot(d Interface, lo, hi int) (int, pivotHint) {
	n := hi - lo
	swaps := 0
	q := n / 4
	i, j, k := lo+q, lo+q*2, lo+q*3
	if n >= 8 {
		if n >= 50 {
			i = median3(d, i-1, i, i+1, &swaps)
			j = median3(d, j-1, j, j+1, &swaps)
			k = median3(d, k-1, k, k+1, &swaps)
		}
		j = median3(d, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func sorted2(d Interface, a, b int, swaps *int) (int, int) {
	if d.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median3(d Interface, a, b, c int, swaps *int) int {
	a, b = sorted2(d, a, b, swaps)
	b, c = sorted2(d, b, c, swaps)
	_, b = sorted2(d, a, b, swaps)
	return b
}

func reverseRange(d Interface, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		d.Swap(i, j)
	}
}

func stableSort(d Interface, n int) {
	block := 20
	lo, hi := 0, block
	for hi <= n {
		insertion(d, lo, hi)
		lo = hi
		hi += block
	}
	insertion(d, lo, n)
	for block < n {
		lo, hi = 0, 2*block
		for hi <= n {
			symMerge(d, lo, lo+block, hi)
			lo = hi
			hi += 2 * block
		}
		if m := lo + block; m < n {
			symMerge(d, lo, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs d[a:m] and d[m:b] in place (Kim and
// Kutzner's SymMerge).
func symMerge(d Interface, a, m, b int) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if d.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			d.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !d.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			d.Swap(k, k-1)
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
		if !d.Less(p-c, c) {
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
		symMerge(d, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(d, mid, end, b)
	}
}

func swapRange(d Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		d.Swap(a+i, b+i)
	}
}

// rotate exchanges the blocks d[a:m] and d[m:b] by block swaps.
func rotate(d Interface, a, m, b int) {
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
