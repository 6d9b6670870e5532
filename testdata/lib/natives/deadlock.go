// Locking a locked mutex with no other goroutine is Go's deadlock fatal error.
package main

import (
	"os"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	os.Stdout.WriteString("locked once\n")
	mu.Lock()
	os.Stdout.WriteString("unreachable\n")
}
