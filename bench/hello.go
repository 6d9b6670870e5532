// Hello world: what starting a program costs (the size argument is ignored).
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
