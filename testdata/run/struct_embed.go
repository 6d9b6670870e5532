// Embedded structs: promoted fields and methods, value and pointer
// receivers called on values, pointers and through embedding.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Hello() string    { return "hello from base " + b.Name }

type Mid struct {
	Base
	Level int
}

func (m Mid) Hello() string { return "hello from mid " + m.Name }

type Top struct {
	*Mid
	Extra string
}

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) IncCopy()  { c.n++ }

type Wrapper struct {
	Counter
	label string
}

type Shadow struct {
	Base
	Name string // shadows Base.Name
}

func main() {
	m := Mid{Base{1, "one"}, 5}
	fmt.Println(m.ID, m.Name, m.Base.Name, m.Level)
	fmt.Println(m.Describe(), m.Hello(), m.Base.Hello())
	m.Rename("uno") // (&m.Base).Rename
	fmt.Println(m.Name)
	pm := &m
	pm.Rename("eins")
	fmt.Println(m.Name, pm.Describe())
	t := Top{&m, "x"}
	t.Rename("ichi")
	t.ID = 99
	fmt.Println(m.Name, m.ID, t.Describe(), t.Hello())
	// value vs pointer receivers
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	pc := &c
	pc.Inc()
	pc.IncCopy()
	fmt.Println(pc.Get(), c.n)
	w := Wrapper{label: "w"}
	w.Inc()
	w.Counter.Inc()
	fmt.Println(w.Get(), w.n, w.label)
	ws := []Wrapper{{}, {}}
	ws[1].Inc()
	fmt.Println(ws[0].Get(), ws[1].Get())
	cm := map[string]*Counter{"a": {}}
	cm["a"].Inc()
	fmt.Println(cm["a"].Get())
	// shadowed field
	s := Shadow{Base{2, "inner"}, "outer"}
	fmt.Println(s.Name, s.Base.Name, s.Describe())
	// printing
	fmt.Println(m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%v %+v\n", w, w)
}
