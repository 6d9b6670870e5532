// The environment: the process's variables at start, and changes.
package main

import (
	"os"
	"strconv"
	"strings"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	say("GOTS_TEST_VAR=" + os.Getenv("GOTS_TEST_VAR"))
	v, ok := os.LookupEnv("GOTS_TEST_UNSET")
	say("unset " + strconv.Quote(v) + " " + strconv.FormatBool(ok))
	os.Setenv("GOTS_TEST_UNSET", "now set")
	v, ok = os.LookupEnv("GOTS_TEST_UNSET")
	say("set " + strconv.Quote(v) + " " + strconv.FormatBool(ok))
	found := false
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOTS_TEST_VAR=") {
			found = true
		}
	}
	say("environ " + strconv.FormatBool(found))
	os.Unsetenv("GOTS_TEST_VAR")
	say("unsetenv " + strconv.Quote(os.Getenv("GOTS_TEST_VAR")))
	say(os.ExpandEnv("expand $GOTS_TEST_UNSET ${GOTS_TEST_UNSET}"))
	say("pid ok " + strconv.FormatBool(os.Getpid() > 0 && os.Getppid() > 0))
	h, err := os.Hostname()
	say("hostname ok " + strconv.FormatBool(h != "" && err == nil))
}
