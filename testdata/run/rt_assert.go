package main

func main() {
	var x interface{} = "s"
	println(x.(int))
}
