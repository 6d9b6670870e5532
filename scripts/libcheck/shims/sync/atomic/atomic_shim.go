package atomic

import (
	real "sync/atomic"
	"unsafe"
)

func load32(p *uint32) uint32              { return real.LoadUint32(p) }
func store32(p *uint32, v uint32)          { real.StoreUint32(p, v) }
func xchg32(p *uint32, v uint32) uint32    { return real.SwapUint32(p, v) }
func cas32(p *uint32, o, n uint32) bool    { return real.CompareAndSwapUint32(p, o, n) }
func xadd32(p *uint32, d uint32) uint32    { return real.AddUint32(p, d) }
func and32(p *uint32, m uint32) uint32     { return real.AndUint32(p, m) }
func or32(p *uint32, m uint32) uint32      { return real.OrUint32(p, m) }
func load64(p *uint64) uint64              { return real.LoadUint64(p) }
func store64(p *uint64, v uint64)          { real.StoreUint64(p, v) }
func xchg64(p *uint64, v uint64) uint64    { return real.SwapUint64(p, v) }
func cas64(p *uint64, o, n uint64) bool    { return real.CompareAndSwapUint64(p, o, n) }
func xadd64(p *uint64, d uint64) uint64    { return real.AddUint64(p, d) }
func and64(p *uint64, m uint64) uint64     { return real.AndUint64(p, m) }
func or64(p *uint64, m uint64) uint64      { return real.OrUint64(p, m) }
func loadp(p *unsafe.Pointer) unsafe.Pointer { return real.LoadPointer(p) }
func storep(p *unsafe.Pointer, v unsafe.Pointer) { real.StorePointer(p, v) }
func xchgp(p *unsafe.Pointer, v unsafe.Pointer) unsafe.Pointer { return real.SwapPointer(p, v) }
func casp(p *unsafe.Pointer, o, n unsafe.Pointer) bool { return real.CompareAndSwapPointer(p, o, n) }
