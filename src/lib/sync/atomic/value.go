package atomic

import (
	"internal/rtype"
	"unsafe"
)

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	p unsafe.Pointer
}

type valueBox struct {
	typ unsafe.Pointer
	v   any
}

func box(v any) *valueBox {
	t, _ := rtype.Unpack(v)
	return &valueBox{t, v}
}

// Load returns the value set by the most recent Store, or nil if there has
// been no call to Store for this Value.
func (v *Value) Load() (val any) {
	b := (*valueBox)(loadp(&v.p))
	if b == nil {
		return nil
	}
	return b.v
}

// Store sets the value of the Value v to val.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	nb := box(val)
	for {
		old := (*valueBox)(loadp(&v.p))
		if old != nil && old.typ != nb.typ {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if casp(&v.p, unsafe.Pointer(old), unsafe.Pointer(nb)) {
			return
		}
	}
}

// Swap stores new into Value and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	nb := box(new)
	for {
		ob := (*valueBox)(loadp(&v.p))
		if ob != nil && ob.typ != nb.typ {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if casp(&v.p, unsafe.Pointer(ob), unsafe.Pointer(nb)) {
			if ob == nil {
				return nil
			}
			return ob.v
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	nb := box(new)
	if old != nil {
		if ot, _ := rtype.Unpack(old); ot != nb.typ {
			panic("sync/atomic: compare and swap of inconsistently typed values")
		}
	}
	for {
		cur := (*valueBox)(loadp(&v.p))
		if cur == nil {
			if old != nil {
				return false
			}
		} else {
			if cur.typ != nb.typ {
				panic("sync/atomic: compare and swap of inconsistently typed value into Value")
			}
			if cur.v != old {
				return false
			}
		}
		if casp(&v.p, unsafe.Pointer(cur), unsafe.Pointer(nb)) {
			return true
		}
	}
}
