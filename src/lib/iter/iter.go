// Package iter provides basic definitions and operations related to
// iterators over sequences: Seq, Seq2, and Pull/Pull2, which run the
// sequence in a goroutine of its own and hand values over on channels.
// No natives.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values, most commonly
// key-value pairs.
type Seq2[K, V any] func(yield func(K, V) bool)

// puller runs a push iterator in its own goroutine, one step per request.
type puller struct {
	resume    chan bool
	yielded   chan struct{}
	started   bool
	finished  bool
	done      bool
	panicked  bool
	panicVal  any
	nextInUse bool
}

func (p *puller) run(body func(yield func() bool)) {
	defer func() {
		if !p.finished {
			if r := recover(); r != nil {
				p.panicked, p.panicVal = true, r
			}
			p.finished = true
		}
		p.yielded <- struct{}{}
	}()
	if !<-p.resume {
		p.finished = true
		return
	}
	body(func() bool {
		if p.done {
			return false
		}
		p.yielded <- struct{}{}
		return <-p.resume
	})
	p.finished = true
}

// step asks the sequence for its next value and reports whether it produced
// one.
func (p *puller) step(body func(yield func() bool)) bool {
	if p.done {
		return false
	}
	if p.nextInUse {
		panic("iter.Pull: next called again reentrantly")
	}
	p.nextInUse = true
	defer func() { p.nextInUse = false }()
	if !p.started {
		p.started = true
		go p.run(body)
	}
	p.resume <- true
	<-p.yielded
	if p.finished {
		p.done = true
		if p.panicked {
			panic(p.panicVal)
		}
		return false
	}
	return true
}

func (p *puller) stop() {
	if p.done {
		return
	}
	p.done = true
	if !p.started || p.finished {
		return
	}
	p.resume <- false
	<-p.yielded
	if p.panicked {
		panic(p.panicVal)
	}
}

func newPuller() *puller {
	return &puller{resume: make(chan bool), yielded: make(chan struct{})}
}

// Pull converts the “push-style” iterator sequence seq into a
// “pull-style” iterator accessed by the two functions next and stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := newPuller()
	var v V
	body := func(yield func() bool) {
		seq(func(x V) bool {
			v = x
			return yield()
		})
	}
	next = func() (V, bool) {
		if p.step(body) {
			return v, true
		}
		var zero V
		return zero, false
	}
	return next, p.stop
}

// Pull2 converts the “push-style” iterator sequence seq into a
// “pull-style” iterator accessed by the two functions next and stop.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := newPuller()
	var k K
	var v V
	body := func(yield func() bool) {
		seq(func(x K, y V) bool {
			k, v = x, y
			return yield()
		})
	}
	next = func() (K, V, bool) {
		if p.step(body) {
			return k, v, true
		}
		var zk K
		var zv V
		return zk, zv, false
	}
	return next, p.stop
}
