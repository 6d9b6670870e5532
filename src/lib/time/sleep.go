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

// The Timer type represents a single event.
type Timer struct {
	C <-chan Time
	c chan Time
	r unsafe.Pointer
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

// NewTimer creates a new Timer that will send the current time on its channel
// after at least duration d.
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

// Stop prevents the Timer from firing.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t.r)
	t.drain()
	return active
}

// Reset changes the timer to expire after duration d.
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
// the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = startTimer(when(d), 0, goFunc, f)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	c chan Time
	r unsafe.Pointer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.r = startTimer(when(d), int64(d), sendTime, c)
	return t
}

// Stop turns off a ticker.
func (t *Ticker) Stop() {
	if t.r == nil {
		return
	}
	stopTimer(t.r)
	select {
	case <-t.c:
	default:
	}
}

// Reset stops a ticker and resets its period to the specified duration.
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

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
