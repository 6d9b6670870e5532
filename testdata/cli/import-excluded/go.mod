module m

go 1.23
