// SetFinalizer's argument checks are fatal errors.
package main

import "runtime"

func main() {
	x := 1
	runtime.SetFinalizer(x, nil)
}
