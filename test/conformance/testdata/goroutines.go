// run -gcflags=-l arg1 "arg two"

// A fixture for runner.test.ts: needs goroutines (a go statement).

package main

func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
}
