// panic(nil) not recovered.
package main

func main() {
	panic(nil)
}
