// time's natives through the API: the wall and monotonic clocks, Sleep,
// and timers that are created, stopped and reset (none fires here).
package main

import (
	"os"
	"strconv"
	"time"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	t0 := time.Now()
	say("year ok " + strconv.FormatBool(t0.Year() >= 2024 && t0.Year() < 2200))
	u := time.Now().UnixNano()
	say("unix ok " + strconv.FormatBool(u > 1700000000e9))
	time.Sleep(30 * time.Millisecond)
	d := time.Since(t0)
	say("slept ok " + strconv.FormatBool(d >= 30*time.Millisecond && d < 5*time.Second))
	t1 := time.Now()
	say("monotonic " + strconv.FormatBool(t1.After(t0) && t1.Sub(t0) >= 30*time.Millisecond))
	time.Sleep(0)
	time.Sleep(-5)
	start := time.Now()
	for i := 0; i < 5; i++ {
		time.Sleep(time.Millisecond)
	}
	say("short sleeps ok " + strconv.FormatBool(time.Since(start) >= 5*time.Millisecond))
	say((90 * time.Minute).String() + " " + time.Duration(1500).String())
	tm := time.NewTimer(time.Hour)
	say("stop pending " + strconv.FormatBool(tm.Stop()))
	say("stop again " + strconv.FormatBool(tm.Stop()))
	say("reset stopped " + strconv.FormatBool(tm.Reset(time.Hour)))
	say("reset pending " + strconv.FormatBool(tm.Reset(time.Hour)))
	say("stop " + strconv.FormatBool(tm.Stop()))
	tk := time.NewTicker(time.Hour)
	tk.Reset(2 * time.Hour)
	tk.Stop()
	say("ticker stopped")
	dl := time.Now().Add(time.Second)
	say("until ok " + strconv.FormatBool(time.Until(dl) > 0))
}
