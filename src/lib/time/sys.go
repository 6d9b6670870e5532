package time

import (
	"syscall"
	"unsafe"
)

// now returns the wall clock as Unix seconds and nanoseconds, and the monotonic clock in nanoseconds (the clock runtimeNano reads).
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the monotonic clock in nanoseconds (the clock of the runtime's timers).
func runtimeNano() int64

// Sleep pauses the current goroutine for at least the duration d; a negative or zero duration returns immediately.
func Sleep(d Duration)

// startTimer creates a runtime timer that calls f(arg) (from the timer goroutine; f must not block) at monotonic time when, then every period ns if period > 0, and returns its handle.
func startTimer(when, period int64, f func(arg any), arg any) unsafe.Pointer

// stopTimer stops timer t and reports whether it was still pending (for a periodic timer: whether it was active).
func stopTimer(t unsafe.Pointer) bool

// resetTimer reschedules timer t for when and period, whether stopped, pending or fired, and reports whether it was pending.
func resetTimer(t unsafe.Pointer, when, period int64) bool

// getenv returns the environment variable key, and whether it is set.
func getenv(key string) (value string, ok bool) { return syscall.Getenv(key) }

// readFile returns the contents of the named file, ok false if it cannot be read.
func readFile(name string) (data []byte, ok bool) {
	fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	var buf [4096]byte
	for {
		n, err := syscall.Read(fd, buf[:])
		if n > 0 {
			data = append(data, buf[:n]...)
		}
		if err != nil {
			return nil, false
		}
		if n == 0 {
			return data, true
		}
		if len(data) > 10<<20 {
			return nil, false
		}
	}
}
