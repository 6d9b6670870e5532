package sync

import (
	"sync/atomic"
	"unsafe"
)

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	mu      Mutex
	waiters []chan struct{}
	checker uintptr
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) check() {
	self := uintptr(unsafe.Pointer(&c.checker))
	if atomic.LoadUintptr(&c.checker) != self &&
		!atomic.CompareAndSwapUintptr(&c.checker, 0, self) &&
		atomic.LoadUintptr(&c.checker) != self {
		panic("sync.Cond is copied")
	}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine.
func (c *Cond) Wait() {
	c.check()
	ch := make(chan struct{})
	c.mu.Lock()
	c.waiters = append(c.waiters, ch)
	c.mu.Unlock()
	c.L.Unlock()
	<-ch
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.check()
	c.mu.Lock()
	if len(c.waiters) > 0 {
		close(c.waiters[0])
		c.waiters[0] = nil
		c.waiters = c.waiters[1:]
	}
	c.mu.Unlock()
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.check()
	c.mu.Lock()
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
	c.mu.Unlock()
}
