package bad

func F() {}
