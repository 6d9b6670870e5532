// Panicking with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred runs before the crash")
	panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
}
