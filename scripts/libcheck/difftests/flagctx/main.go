// Differential test: flag and context.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"time"

	gcontext "gotslib/context"
	gflag "gotslib/flag"
	gbytes "gotslib/bytes"
	gtime "gotslib/time"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		fmt.Printf("%s:\n\twant %q\n\tgot  %q\n", what, want, got)
	}
}

func main() {
	argsets := [][]string{
		{}, {"-v", "-n", "3", "rest"}, {"-n=4", "--s", "x", "--", "-v"}, {"-n", "abc"}, {"-n"}, {"-x"}, {"-h"},
		{"-v=false", "-d", "1m30s", "-f", "2.5e3"}, {"---v"}, {"-=x"}, {"-v=maybe"}, {"-u", "-1"}, {"-u", "99999999999999999999"},
		{"-s", ""}, {"a", "-v"},
	}
	for _, args := range argsets {
		var o1 bytes.Buffer
		var o2 gbytes.Buffer
		f1 := flag.NewFlagSet("prog", flag.ContinueOnError)
		f2 := gflag.NewFlagSet("prog", gflag.ContinueOnError)
		f1.SetOutput(&o1)
		f2.SetOutput(&o2)
		v1, v2 := f1.Bool("v", false, "verbose output"), f2.Bool("v", false, "verbose output")
		n1, n2 := f1.Int("n", 1, "`count` of things"), f2.Int("n", 1, "`count` of things")
		s1, s2 := f1.String("s", "def", "a string\nover lines"), f2.String("s", "def", "a string\nover lines")
		d1, d2 := f1.Duration("d", time.Second, "a duration"), f2.Duration("d", gtime.Second, "a duration")
		fl1, fl2 := f1.Float64("f", 0, "a float"), f2.Float64("f", 0, "a float")
		u1, u2 := f1.Uint("u", 7, "unsigned"), f2.Uint("u", 7, "unsigned")
		e1 := f1.Parse(args)
		e2 := f2.Parse(args)
		check(fmt.Sprint("Parse ", args), fmt.Sprint(e1, *v1, *n1, *s1, *d1, *fl1, *u1, f1.Args(), f1.NFlag()),
			fmt.Sprint(e2, *v2, *n2, *s2, *d2, *fl2, *u2, f2.Args(), f2.NFlag()))
		check(fmt.Sprint("Output ", args), o1.String(), o2.String())
	}
	// context
	c1, cancel1 := context.WithCancel(context.Background())
	c2, cancel2 := gcontext.WithCancel(gcontext.Background())
	check("String", fmt.Sprint(c1), fmt.Sprint(c2))
	v1 := context.WithValue(c1, "k", 5)
	v2 := gcontext.WithValue(c2, "k", 5)
	check("Value", fmt.Sprint(v1.Value("k"), v1), fmt.Sprint(v2.Value("k"), v2))
	cancel1()
	cancel2()
	<-v2.Done()
	check("Err", fmt.Sprint(v1.Err()), fmt.Sprint(v2.Err()))
	t2, tc := gcontext.WithTimeout(gcontext.Background(), 5*gtime.Millisecond)
	defer tc()
	<-t2.Done()
	check("Timeout", context.DeadlineExceeded.Error(), t2.Err().Error())
	cc, ccancel := gcontext.WithCancelCause(gcontext.Background())
	ccancel(errors.New("why"))
	check("Cause", "why", gcontext.Cause(cc).Error())
	done := make(chan bool)
	ac, acancel := gcontext.WithCancel(gcontext.TODO())
	gcontext.AfterFunc(ac, func() { done <- true })
	acancel()
	<-done
	check("WithoutCancel", "context.TODO.WithCancel.WithoutCancel", fmt.Sprint(gcontext.WithoutCancel(ac)))
	if fails > 0 {
		os.Exit(1)
	}
}
