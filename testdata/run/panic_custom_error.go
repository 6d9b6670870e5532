// Panicking with a custom error type.
package main

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "custom error" }

func main() {
	panic(&MyErr{3})
}
