pakage main

func main() {}
