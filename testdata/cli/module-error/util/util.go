package util

func Double(n int) int { return 2 * }
