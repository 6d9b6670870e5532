package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done.Load() == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var (
		once  Once
		ok    bool
		p     any
		calls = f
	)
	g := func() {
		defer func() {
			if !ok {
				p = recover()
				panic(p)
			}
		}()
		calls()
		calls = nil
		ok = true
	}
	return func() {
		once.Do(g)
		if !ok {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value
// returned by f.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		ok     bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			if !ok {
				p = recover()
				panic(p)
			}
		}()
		result = f()
		f = nil
		ok = true
	}
	return func() T {
		once.Do(g)
		if !ok {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the
// values returned by f.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once Once
		ok   bool
		p    any
		r1   T1
		r2   T2
	)
	g := func() {
		defer func() {
			if !ok {
				p = recover()
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		ok = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !ok {
			panic(p)
		}
		return r1, r2
	}
}
