// Unlocking an unlocked mutex is sync's fatal error.
package main

import (
	"os"
	"sync"
)

func main() {
	defer os.Stdout.WriteString("deferred calls do not run after a fatal error\n")
	var mu sync.Mutex
	os.Stdout.WriteString("unlocking\n")
	mu.Unlock()
}
