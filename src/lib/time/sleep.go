package time

import "unsafe"

// when returns the monotonic time d from now, saturated on overflow.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc. A Timer must be created with NewTimer or AfterFunc.
//
// As in Go 1.23, no stale value is received from C after Stop or Reset
// returns (the channel is drained), though cap(C) is 1 here.
type Timer struct {
	C <-chan Time
	c chan Time
	r unsafe.Pointer // the runtime's timer
}

// sendTime is the timer callback of NewTimer and NewTicker: a non-blocking
// send of the current time.
func sendTime(c any) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// goFunc is the timer callback of AfterFunc.
func goFunc(f any) {
	go f.(func())()
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.r = startTimer(when(d), 0, sendTime, c)
	return t
}

func (t *Timer) drain() {
	if t.c != nil {
		select {
		case <-t.c:
		default:
		}
	}
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t.r)
	t.drain()
	return active
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	active := stopTimer(t.r)
	t.drain()
	resetTimer(t.r, when(d), 0)
	return active
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method. The returned Timer's C field is not used.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = startTimer(when(d), 0, goFunc, f)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	c chan Time
	r unsafe.Pointer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The duration d must be greater than
// zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.r = startTimer(when(d), int64(d), sendTime, c)
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r == nil {
		// Stop of an uninitialized Ticker does nothing, as in Go.
		return
	}
	stopTimer(t.r)
	select {
	case <-t.c:
	default:
	}
}

// Reset stops a ticker and resets its period to the specified duration. The
// next tick will arrive after the new period elapses. The duration d must be
// greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.r)
	select {
	case <-t.c:
	default:
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
