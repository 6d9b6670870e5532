package time

import (
	real "time"
	"unsafe"
)

var base = real.Now()

func now() (int64, int32, int64) {
	t := real.Now()
	return t.Unix(), int32(t.Nanosecond()), int64(real.Since(base)) + 1e9
}
func runtimeNano() int64 { return int64(real.Since(base)) + 1e9 }
func Sleep(d Duration)   { real.Sleep(real.Duration(d)) }

type shimTimer struct {
	t      *real.Timer
	period int64
	f      func(any)
	arg    any
}

func (s *shimTimer) arm(when int64) {
	s.t = real.AfterFunc(real.Duration(when-runtimeNano()), func() {
		s.f(s.arg)
		if s.period > 0 {
			s.arm(runtimeNano() + s.period)
		}
	})
}

func startTimer(when, period int64, f func(any), arg any) unsafe.Pointer {
	s := &shimTimer{period: period, f: f, arg: arg}
	s.arm(when)
	return unsafe.Pointer(s)
}
func stopTimer(t unsafe.Pointer) bool { return (*shimTimer)(t).t.Stop() }
func resetTimer(t unsafe.Pointer, when, period int64) bool {
	s := (*shimTimer)(t)
	was := s.t.Stop()
	s.period = period
	s.arm(when)
	return was
}
