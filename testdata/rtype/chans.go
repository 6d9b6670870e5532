package main

import (
	"fmt"
	"reflect"
)

func main() {
	ct := reflect.TypeOf((chan int)(nil))
	c := reflect.MakeChan(ct, 3)
	fmt.Println(c.Len(), c.Cap(), c.Type())
	c.Send(reflect.ValueOf(1))
	fmt.Println(c.TrySend(reflect.ValueOf(2)), c.TrySend(reflect.ValueOf(3)), c.TrySend(reflect.ValueOf(4)), c.Len())
	v, ok := c.Recv()
	fmt.Println(v.Int(), ok)
	v, ok = c.TryRecv()
	fmt.Println(v.Int(), ok, c.Len())
	ch := c.Interface().(chan int)
	fmt.Println(<-ch, len(ch))
	v, ok = c.TryRecv()
	fmt.Println(v.IsValid(), ok)

	s := make(chan string, 1)
	r := make(chan string, 1)
	r <- "hello"
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(s), Send: reflect.ValueOf("x")},
		{Dir: reflect.SelectDefault},
	}
	chosen, recv, recvOK := reflect.Select(cases)
	fmt.Println(chosen, recv.IsValid(), recvOK, len(s))
	chosen, _, _ = reflect.Select(cases)
	fmt.Println(chosen, len(s))
	cases = []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(r)},
		{Dir: reflect.SelectDefault},
	}
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println(chosen, recv, recvOK)
	close(r)
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println(chosen, recv.String() == "", recvOK)
	chosen, recv, recvOK = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf((chan int)(nil))}, {Dir: reflect.SelectDefault}})
	fmt.Println(chosen, recv.IsValid(), recvOK)
	c.Close()
	v, ok = c.Recv()
	fmt.Println(v.Int(), ok)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	c.Send(reflect.ValueOf(5))
}
