// Differential test: time (calendar, zones, Format, Parse, Duration).
package main

import (
	"fmt"
	"os"
	"reflect"
	"time"

	gtime "gotslib/time"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 40 {
			fmt.Printf("%s:\n\twant %#v\n\tgot  %#v\n", what, want, got)
		}
	}
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
	time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
	"2006-01-02 15:04:05.999999999 -0700 MST", "Monday January _2 __2 002 3 03 4 04 5 05 pm PM",
	"Z07 Z0700 Z07:00 Z070000 Z07:00:00 -07 -0700 -07:00 -070000 -07:00:00", ".0 .00 .000000 ,999 .9 .999999999",
	"_2006 Janx Monx Jan Mon MST", "15:04:05,000", "2006-01-02T15:04:05.0000000000Z07:00",
}

func main() {
	zones := []string{"UTC", "America/New_York", "Europe/Paris", "Asia/Kolkata", "Australia/Lord_Howe", "America/Sao_Paulo", "Pacific/Chatham", "Europe/London", "Asia/Tokyo", "Africa/Casablanca"}
	unixes := []int64{0, 1, -1, 86399, 951782400, 1136239445, 1700000000, 1710054000, 1710057600, 1730613600, 2000000000, 4102444800, 253402300799, -62135596800, -5000000000, 1 << 40}
	nsecs := []int64{0, 1, 999999999, 123456789, 500000000, 120000000}
	for _, zn := range zones {
		rl, err := time.LoadLocation(zn)
		if err != nil {
			panic(err)
		}
		gl, err := gtime.LoadLocation(zn)
		if err != nil {
			fmt.Println("gots LoadLocation", zn, err)
			fails++
			continue
		}
		for _, u := range unixes {
			for _, ns := range nsecs {
				rt := time.Unix(u, ns).In(rl)
				gt := gtime.Unix(u, ns).In(gl)
				k := fmt.Sprint(zn, " ", u, " ", ns)
				for _, l := range layouts {
					check("Format "+k+" "+l, rt.Format(l), gt.Format(l))
				}
				y1, w1 := rt.ISOWeek()
				y2, w2 := gt.ISOWeek()
				check("ISOWeek "+k, [2]int{y1, w1}, [2]int{y2, w2})
				check("YearDay "+k, rt.YearDay(), gt.YearDay())
				check("Weekday "+k, rt.Weekday().String(), gt.Weekday().String())
				check("String "+k, rt.String(), gt.String())
				check("GoString "+k, rt.GoString(), gt.GoString())
				check("IsDST "+k, rt.IsDST(), gt.IsDST())
				s1, e1 := rt.ZoneBounds()
				s2, e2 := gt.ZoneBounds()
				check("ZoneBounds "+k, [2]int64{s1.Unix(), e1.Unix()}, [2]int64{s2.Unix(), e2.Unix()})
				for _, d := range []time.Duration{1, time.Microsecond, 7 * time.Millisecond, time.Second, 90 * time.Minute, 24 * time.Hour, 7 * time.Nanosecond} {
					check("Truncate "+k+d.String(), rt.Truncate(d).UnixNano(), gt.Truncate(gtime.Duration(d)).UnixNano())
					check("Round "+k+d.String(), rt.Round(d).UnixNano(), gt.Round(gtime.Duration(d)).UnixNano())
				}
				a1 := rt.AddDate(1, -13, 40)
				a2 := gt.AddDate(1, -13, 40)
				check("AddDate "+k, a1.Format(time.RFC3339Nano), a2.Format(gtime.RFC3339Nano))
				b1, _ := rt.MarshalBinary()
				b2, _ := gt.MarshalBinary()
				check("MarshalBinary "+k, b1, b2)
				j1, _ := rt.MarshalJSON()
				j2, _ := gt.MarshalJSON()
				check("MarshalJSON "+k, string(j1), string(j2))
				// Parse back every layout.
				for _, l := range layouts {
					v := rt.Format(l)
					p1, e1 := time.ParseInLocation(l, v, rl)
					p2, e2 := gtime.ParseInLocation(l, v, gl)
					check("Parse "+l+" "+v, fmt.Sprint(p1.UnixNano(), " ", p1.Format(time.RFC3339Nano+" MST"), " ", es(e1)), fmt.Sprint(p2.UnixNano(), " ", p2.Format(gtime.RFC3339Nano+" MST"), " ", es(e2)))
				}
			}
		}
		for _, ym := range [][7]int{{2024, 3, 10, 2, 30, 0, 0}, {2024, 11, 3, 1, 30, 0, 0}, {2023, 13, 35, 25, 61, 61, 1e9 + 5}, {-5, 1, 1, 0, 0, 0, 0}, {2000, 2, 29, 12, 0, 0, 0}, {2024, 0, 0, -1, -1, -1, -1}} {
			d1 := time.Date(ym[0], time.Month(ym[1]), ym[2], ym[3], ym[4], ym[5], ym[6], rl)
			d2 := gtime.Date(ym[0], gtime.Month(ym[1]), ym[2], ym[3], ym[4], ym[5], ym[6], gl)
			check(fmt.Sprint("Date ", zn, ym), d1.Format(time.RFC3339Nano+" MST"), d2.Format(gtime.RFC3339Nano+" MST"))
		}
	}
	badParses := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05"}, {time.RFC3339, "2006-13-02T15:04:05Z"}, {time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-01-02T25:04:05Z"}, {time.RFC3339, "2006-01-02T15:04:05Zjunk"}, {time.Kitchen, "13:04PM"},
		{time.DateOnly, "2006-1-2"}, {"Jan 2", "jan 2"}, {"Mon Jan", "FRI FEB"}, {"2006 002", "2024 366"}, {"2006 002", "2023 366"},
		{"2006 __2 Jan", "2024  60 Feb"}, {"2006 __2 Jan", "2024  61 Feb"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 XYZW"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST"}, {"15:04:05", "15:04:05.123"},
		{"15:04:05.000", "15:04:05.12"}, {"-0700", "+2500"}, {"Z07:00", "+05:30x"}, {"2006", "\xff\xfe"}, {"06", "69"}, {"06", "68"},
	}
	for _, bp := range badParses {
		p1, e1 := time.Parse(bp[0], bp[1])
		p2, e2 := gtime.Parse(bp[0], bp[1])
		check("Parse "+bp[0]+" "+bp[1], fmt.Sprint(p1.UnixNano(), " ", p1.Format(time.RFC3339Nano+" MST"), " ", es(e1)), fmt.Sprint(p2.UnixNano(), " ", p2.Format(gtime.RFC3339Nano+" MST"), " ", es(e2)))
	}
	durs := []time.Duration{0, 1, 999, 1000, 1001, 1500000, 999999999, time.Second, 61 * time.Second, 3661*time.Second + 5, -1, -time.Hour, 1<<63 - 1, -1 << 63, 90 * time.Minute}
	for _, d := range durs {
		gd := gtime.Duration(d)
		check("Duration.String", d.String(), gd.String())
		check("Hours", d.Hours(), gd.Hours())
		check("Minutes", d.Minutes(), gd.Minutes())
		check("Seconds", d.Seconds(), gd.Seconds())
		check("Abs", int64(d.Abs()), int64(gd.Abs()))
		for _, m := range durs {
			check("Duration.Round", int64(d.Round(m)), int64(gd.Round(gtime.Duration(m))))
			check("Duration.Truncate", int64(d.Truncate(m)), int64(gd.Truncate(gtime.Duration(m))))
		}
	}
	for _, s := range []string{"0", "", "1h", "-1.5h", "1h2m3.5s", "300ms", "1.000000001s", "1us", "1µs", "1μs", "2ns", "1.5", "h", ".s", "1.s", "+5m", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1d", "0.0000000001s", "1.1e3s", "3h\xff"} {
		d1, e1 := time.ParseDuration(s)
		d2, e2 := gtime.ParseDuration(s)
		check("ParseDuration "+s, fmt.Sprint(int64(d1), es(e1)), fmt.Sprint(int64(d2), es(e2)))
	}
	for m := 0; m <= 13; m++ {
		check("Month", time.Month(m).String(), gtime.Month(m).String())
	}
	for d := -1; d <= 7; d++ {
		check("Weekday", time.Weekday(d).String(), gtime.Weekday(d).String())
	}
	fz := time.FixedZone("X", 3600+1800+7)
	gfz := gtime.FixedZone("X", 3600+1800+7)
	t1 := time.Date(2020, 5, 6, 7, 8, 9, 10, fz)
	t2 := gtime.Date(2020, 5, 6, 7, 8, 9, 10, gfz)
	check("fixed zone", t1.Format(time.RFC3339Nano+" MST -07:00:00"), t2.Format(gtime.RFC3339Nano+" MST -07:00:00"))
	b1, _ := t1.MarshalBinary()
	b2, _ := t2.MarshalBinary()
	check("MarshalBinary fixed", b1, b2)
	var u2 gtime.Time
	check("UnmarshalBinary", es(nil), es(u2.UnmarshalBinary(b1)))
	check("UnmarshalBinary value", t1.UnixNano(), u2.UnixNano())
	n1 := gtime.Now()
	gtime.Sleep(2 * gtime.Millisecond)
	if gtime.Since(n1) < 2*gtime.Millisecond {
		check("Since", true, false)
	}
	tm := gtime.NewTimer(time2(5))
	<-tm.C
	if tm.Stop() {
		check("Stop after fire", false, true)
	}
	tk := gtime.NewTicker(time2(1))
	<-tk.C
	<-tk.C
	tk.Stop()
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}

func time2(ms int) gtime.Duration { return gtime.Duration(ms) * gtime.Millisecond }
