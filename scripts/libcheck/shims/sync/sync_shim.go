package sync

import (
	"runtime"
	"sync/atomic"
)

func semacquire(addr *uint32) {
	for {
		v := atomic.LoadUint32(addr)
		if v > 0 && atomic.CompareAndSwapUint32(addr, v, v-1) {
			return
		}
		runtime.Gosched()
	}
}

func semrelease(addr *uint32)           { atomic.AddUint32(addr, 1) }
func fatal(s string)                    { panic("fatal error: " + s) }
func registerPoolCleanup(f func())      {}
