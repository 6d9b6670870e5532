package 5

func main() {}
