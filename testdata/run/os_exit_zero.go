// os.Exit(0) from a nested call ends the program successfully at once.
package main

import (
	"fmt"
	"os"
)

func finish() {
	fmt.Println("finishing")
	os.Exit(0)
}

func main() {
	defer fmt.Println("not printed")
	for i := 0; i < 5; i++ {
		fmt.Println("step", i)
		if i == 2 {
			finish()
		}
	}
}
