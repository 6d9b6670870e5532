package math

import real "math"

func Float64bits(f float64) uint64     { return real.Float64bits(f) }
func Float64frombits(b uint64) float64 { return real.Float64frombits(b) }
func Float32bits(f float32) uint32     { return real.Float32bits(f) }
func Float32frombits(b uint32) float32 { return real.Float32frombits(b) }
func Sqrt(x float64) float64           { return real.Sqrt(x) }
func Floor(x float64) float64          { return real.Floor(x) }
func Ceil(x float64) float64           { return real.Ceil(x) }
func Trunc(x float64) float64          { return real.Trunc(x) }
func Mod(x, y float64) float64         { return real.Mod(x, y) }
func FMA(x, y, z float64) float64      { return real.FMA(x, y, z) }
