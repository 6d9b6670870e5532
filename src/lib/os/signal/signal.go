// Package signal implements access to incoming signals: Notify relays
// signals to channels, Ignore and Reset change their handling. The runtime
// delivers signals through natives (natives at the end of this file).
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

const numSig = 65

// handler is the set of signals a channel is subscribed to.
type handler struct {
	mask [(numSig + 31) / 32]uint32
}

func (h *handler) want(sig int) bool { return (h.mask[sig/32]>>uint(sig&31))&1 != 0 }
func (h *handler) set(sig int)       { h.mask[sig/32] |= 1 << uint(sig&31) }
func (h *handler) clear(sig int)     { h.mask[sig/32] &^= 1 << uint(sig&31) }

var handlers struct {
	sync.Mutex
	m   map[chan<- os.Signal]*handler
	ref [numSig]int64

	stopping []stopping
}

type stopping struct {
	c chan<- os.Signal
	h *handler
}

var watchOnce sync.Once

func signum(sig os.Signal) int {
	switch sig := sig.(type) {
	case syscall.Signal:
		i := int(sig)
		if i < 0 || i >= numSig {
			return -1
		}
		return i
	default:
		return -1
	}
}

// cancel stops relaying sigs (all if none) and applies action to them.
func cancel(sigs []os.Signal, action func(int)) {
	handlers.Lock()
	defer handlers.Unlock()
	remove := func(n int) {
		var zerohandler handler
		for c, h := range handlers.m {
			if h.want(n) {
				handlers.ref[n]--
				h.clear(n)
				if h.mask == zerohandler.mask {
					delete(handlers.m, c)
				}
			}
		}
		action(n)
	}
	if len(sigs) == 0 {
		for n := 0; n < numSig; n++ {
			remove(n)
		}
	} else {
		for _, s := range sigs {
			remove(signum(s))
		}
	}
}

// Ignore causes the provided signals to be ignored.
func Ignore(sig ...os.Signal) { cancel(sig, func(n int) { signal_ignore(uint32(n)) }) }

// Ignored reports whether sig is currently ignored.
func Ignored(sig os.Signal) bool {
	sn := signum(sig)
	return sn >= 0 && signal_ignored(uint32(sn))
}

// Notify causes package signal to relay incoming signals to c.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	h := handlers.m[c]
	if h == nil {
		if handlers.m == nil {
			handlers.m = make(map[chan<- os.Signal]*handler)
		}
		h = new(handler)
		handlers.m[c] = h
	}
	add := func(n int) {
		if n < 0 {
			return
		}
		if !h.want(n) {
			h.set(n)
			if handlers.ref[n] == 0 {
				signal_enable(uint32(n))
				watchOnce.Do(func() { go loop() })
			}
			handlers.ref[n]++
		}
	}
	if len(sig) == 0 {
		for n := 0; n < numSig; n++ {
			add(n)
		}
	} else {
		for _, s := range sig {
			add(signum(s))
		}
	}
}

// Reset undoes the effect of any prior calls to Notify for the provided
// signals.
func Reset(sig ...os.Signal) { cancel(sig, func(n int) { signal_disable(uint32(n)) }) }

// Stop causes package signal to stop relaying incoming signals to c.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	h := handlers.m[c]
	if h == nil {
		handlers.Unlock()
		return
	}
	delete(handlers.m, c)
	for n := 0; n < numSig; n++ {
		if h.want(n) {
			handlers.ref[n]--
			if handlers.ref[n] == 0 {
				signal_disable(uint32(n))
			}
		}
	}
	handlers.Unlock()
}

// process relays signal sig to the subscribed channels, without blocking.
func process(sig os.Signal) {
	n := signum(sig)
	if n < 0 {
		return
	}
	handlers.Lock()
	defer handlers.Unlock()
	for c, h := range handlers.m {
		if h.want(n) {
			select {
			case c <- sig:
			default:
			}
		}
	}
}

func loop() {
	for {
		process(syscall.Signal(signal_recv()))
	}
}

// NotifyContext returns a copy of the parent context that is marked done when
// one of the listed signals arrives, when the returned stop function is
// called, or when the parent context's Done channel is closed, whichever
// happens first.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{
		Context: ctx,
		cancel:  cancel,
		signals: signals,
	}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context

	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

type stringer interface {
	String() string
}

func (c *signalCtx) String() string {
	var buf []byte
	name := "context.Background"
	if s, ok := c.Context.(stringer); ok {
		name = s.String()

		if len(name) > len(".WithCancel") && name[len(name)-len(".WithCancel"):] == ".WithCancel" {
			name = name[:len(name)-len(".WithCancel")]
		}
	}
	buf = append(buf, name...)
	buf = append(buf, ".WithCancel"...)
	buf = append(buf, ".NotifyContext("...)
	for i, s := range c.signals {
		buf = append(buf, s.String()...)
		if i != len(c.signals)-1 {
			buf = append(buf, ' ')
		}
	}
	buf = append(buf, ')')
	return string(buf)
}

// signal_enable asks the runtime to catch signal sig and queue it for signal_recv.
func signal_enable(sig uint32)

// signal_disable restores signal sig's default behavior.
func signal_disable(sig uint32)

// signal_ignore makes the process ignore signal sig.
func signal_ignore(sig uint32)

// signal_ignored reports whether signal sig is ignored.
func signal_ignored(sig uint32) bool

// signal_recv blocks the calling goroutine until an enabled signal arrives and returns its number.
func signal_recv() uint32
