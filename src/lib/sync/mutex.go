// Package sync provides basic synchronization primitives: Mutex, RWMutex,
// WaitGroup, Once, Cond, Map, Pool. They are Go code over sync/atomic and
// these natives of the runtime's semaphore implementation:
//   - semacquire(addr): blocks until *addr > 0, then decrements it;
//   - semrelease(addr): increments *addr and wakes one goroutine blocked in
//     semacquire on addr, if any;
//   - fatal(s): fatal error ("fatal error: " + s), exit status 2, no recover;
//   - registerPoolCleanup(f): the runtime calls f at the start of each GC cycle.
package sync

import "sync/atomic"

// semacquire blocks until *addr > 0, then atomically decrements it.
func semacquire(addr *uint32)

// semrelease atomically increments *addr and wakes one goroutine waiting in semacquire(addr).
func semrelease(addr *uint32)

// fatal reports the unrecoverable error "fatal error: "+s with the goroutine traces, as runtime.fatal, and exits with status 2.
func fatal(s string)

// registerPoolCleanup registers f to be called (with the world stopped) at the start of every GC cycle.
func registerPoolCleanup(f func())

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock.
type Mutex struct {
	state int32
	sema  uint32
}

const mutexLocked = 1

// Lock locks m.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked == 0 {
			if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
				return
			}
			continue
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old+2) {
			semacquire(&m.sema)
		}
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked != 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
			return true
		}
	}
}

// Unlock unlocks m.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if (new+mutexLocked)&mutexLocked == 0 {
		atomic.AddInt32(&m.state, mutexLocked)
		fatal("sync: unlock of unlocked mutex")
	}
	for {
		old := atomic.LoadInt32(&m.state)
		if old>>1 == 0 || old&mutexLocked != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old-2) {
			semrelease(&m.sema)
			return
		}
	}
}

const rwmutexMaxReaders = 1 << 30

// A RWMutex is a reader/writer mutual exclusion lock: it can be held by an
// arbitrary number of readers or a single writer.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
		semacquire(&rw.readerSem)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := rw.readerCount.Add(-1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		if rw.readerWait.Add(-1) == 0 {
			semrelease(&rw.writerSem)
		}
	}
}

// Lock locks rw for writing, blocking until the lock is available.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := rw.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && rw.readerWait.Add(r) != 0 {
		semacquire(&rw.writerSem)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := rw.readerCount.Add(rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements Lock and Unlock by
// calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
