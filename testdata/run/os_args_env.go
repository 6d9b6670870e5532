// os.Args with no arguments, os.Getenv / LookupEnv of unset variables,
// Setenv within the program.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]), os.Args[0] != "")
	v := os.Getenv("GOTS_TEST_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q\n", v)
	v, ok := os.LookupEnv("GOTS_TEST_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	err := os.Setenv("GOTS_TEST_SET_HERE", "value=1")
	fmt.Println(err, os.Getenv("GOTS_TEST_SET_HERE"))
	v, ok = os.LookupEnv("GOTS_TEST_SET_HERE")
	fmt.Println(v, ok)
	os.Unsetenv("GOTS_TEST_SET_HERE")
	_, ok = os.LookupEnv("GOTS_TEST_SET_HERE")
	fmt.Println(ok)
	fmt.Println(os.Expand("$A-${B}", func(k string) string { return strings.ToLower(k) }))
}
