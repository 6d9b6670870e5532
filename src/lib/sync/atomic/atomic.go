// Package atomic provides low-level atomic memory primitives. The exported
// functions and types are Go code over a few natives, one per machine
// operation (32-bit, 64-bit and pointer-sized words); pointer stores go
// through natives so that the runtime can apply its write barrier.
package atomic

import "unsafe"

// load32 returns *p.
func load32(p *uint32) uint32

// store32 sets *p = v.
func store32(p *uint32, v uint32)

// xchg32 sets *p = v and returns the old value.
func xchg32(p *uint32, v uint32) uint32

// cas32 sets *p = new if *p == old and reports whether it did.
func cas32(p *uint32, old, new uint32) bool

// xadd32 adds delta to *p (wrapping) and returns the new value.
func xadd32(p *uint32, delta uint32) uint32

// and32 sets *p &= mask and returns the old value.
func and32(p *uint32, mask uint32) uint32

// or32 sets *p |= mask and returns the old value.
func or32(p *uint32, mask uint32) uint32

// load64 returns *p.
func load64(p *uint64) uint64

// store64 sets *p = v.
func store64(p *uint64, v uint64)

// xchg64 sets *p = v and returns the old value.
func xchg64(p *uint64, v uint64) uint64

// cas64 sets *p = new if *p == old and reports whether it did.
func cas64(p *uint64, old, new uint64) bool

// xadd64 adds delta to *p (wrapping) and returns the new value.
func xadd64(p *uint64, delta uint64) uint64

// and64 sets *p &= mask and returns the old value.
func and64(p *uint64, mask uint64) uint64

// or64 sets *p |= mask and returns the old value.
func or64(p *uint64, mask uint64) uint64

// loadp returns the pointer *p.
func loadp(p *unsafe.Pointer) unsafe.Pointer

// storep sets the pointer *p = v (with the GC write barrier).
func storep(p *unsafe.Pointer, v unsafe.Pointer)

// xchgp sets the pointer *p = v (with the GC write barrier) and returns the old pointer.
func xchgp(p *unsafe.Pointer, v unsafe.Pointer) unsafe.Pointer

// casp sets the pointer *p = new (with the GC write barrier) if *p == old and reports whether it did.
func casp(p *unsafe.Pointer, old, new unsafe.Pointer) bool

func u32(p *int32) *uint32  { return (*uint32)(unsafe.Pointer(p)) }
func u64(p *int64) *uint64  { return (*uint64)(unsafe.Pointer(p)) }
func up(p *uintptr) *uint64 { return (*uint64)(unsafe.Pointer(p)) }

// SwapInt32 atomically stores new into *addr and returns the previous *addr
// value.
func SwapInt32(addr *int32, new int32) (old int32) { return int32(xchg32(u32(addr), uint32(new))) }

// SwapInt64 atomically stores new into *addr and returns the previous *addr
// value.
func SwapInt64(addr *int64, new int64) (old int64) { return int64(xchg64(u64(addr), uint64(new))) }

// SwapUint32 atomically stores new into *addr and returns the previous *addr
// value.
func SwapUint32(addr *uint32, new uint32) (old uint32) { return xchg32(addr, new) }

// SwapUint64 atomically stores new into *addr and returns the previous *addr
// value.
func SwapUint64(addr *uint64, new uint64) (old uint64) { return xchg64(addr, new) }

// SwapUintptr atomically stores new into *addr and returns the previous *addr
// value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	return uintptr(xchg64(up(addr), uint64(new)))
}

// SwapPointer atomically stores new into *addr and returns the previous *addr
// value.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	return xchgp(addr, new)
}

// CompareAndSwapInt32 executes the compare-and-swap operation for an int32
// value.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	return cas32(u32(addr), uint32(old), uint32(new))
}

// CompareAndSwapInt64 executes the compare-and-swap operation for an int64
// value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	return cas64(u64(addr), uint64(old), uint64(new))
}

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32
// value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) { return cas32(addr, old, new) }

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64
// value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) { return cas64(addr, old, new) }

// CompareAndSwapUintptr executes the compare-and-swap operation for a uintptr
// value.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	return cas64(up(addr), uint64(old), uint64(new))
}

// CompareAndSwapPointer executes the compare-and-swap operation for an
// unsafe.Pointer value.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	return casp(addr, old, new)
}

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) { return int32(xadd32(u32(addr), uint32(delta))) }

// AddUint32 atomically adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) { return xadd32(addr, delta) }

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) { return int64(xadd64(u64(addr), uint64(delta))) }

// AddUint64 atomically adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) { return xadd64(addr, delta) }

// AddUintptr atomically adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	return uintptr(xadd64(up(addr), uint64(delta)))
}

// AndInt32 atomically performs a bitwise AND operation on *addr using the
// bitmask provided as mask and returns the old value.
func AndInt32(addr *int32, mask int32) (old int32) { return int32(and32(u32(addr), uint32(mask))) }

// AndUint32 atomically performs a bitwise AND and returns the old value.
func AndUint32(addr *uint32, mask uint32) (old uint32) { return and32(addr, mask) }

// AndInt64 atomically performs a bitwise AND and returns the old value.
func AndInt64(addr *int64, mask int64) (old int64) { return int64(and64(u64(addr), uint64(mask))) }

// AndUint64 atomically performs a bitwise AND and returns the old value.
func AndUint64(addr *uint64, mask uint64) (old uint64) { return and64(addr, mask) }

// AndUintptr atomically performs a bitwise AND and returns the old value.
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	return uintptr(and64(up(addr), uint64(mask)))
}

// OrInt32 atomically performs a bitwise OR and returns the old value.
func OrInt32(addr *int32, mask int32) (old int32) { return int32(or32(u32(addr), uint32(mask))) }

// OrUint32 atomically performs a bitwise OR and returns the old value.
func OrUint32(addr *uint32, mask uint32) (old uint32) { return or32(addr, mask) }

// OrInt64 atomically performs a bitwise OR and returns the old value.
func OrInt64(addr *int64, mask int64) (old int64) { return int64(or64(u64(addr), uint64(mask))) }

// OrUint64 atomically performs a bitwise OR and returns the old value.
func OrUint64(addr *uint64, mask uint64) (old uint64) { return or64(addr, mask) }

// OrUintptr atomically performs a bitwise OR and returns the old value.
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	return uintptr(or64(up(addr), uint64(mask)))
}

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32) { return int32(load32(u32(addr))) }

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64) { return int64(load64(u64(addr))) }

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32) { return load32(addr) }

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64) { return load64(addr) }

// LoadUintptr atomically loads *addr.
func LoadUintptr(addr *uintptr) (val uintptr) { return uintptr(load64(up(addr))) }

// LoadPointer atomically loads *addr.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return loadp(addr) }

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32) { store32(u32(addr), uint32(val)) }

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64) { store64(u64(addr), uint64(val)) }

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32) { store32(addr, val) }

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64) { store64(addr, val) }

// StoreUintptr atomically stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr) { store64(up(addr), uint64(val)) }

// StorePointer atomically stores val into *addr.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { storep(addr, val) }
