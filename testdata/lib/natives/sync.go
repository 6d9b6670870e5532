// sync and sync/atomic with one goroutine: locks, Once, WaitGroup, Pool,
// Map, Cond-free paths, and atomics with 32/64-bit wrapping.
package main

import (
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"unsafe"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	var mu sync.Mutex
	mu.Lock()
	say("locked " + strconv.FormatBool(!mu.TryLock()))
	mu.Unlock()
	say("trylock " + strconv.FormatBool(mu.TryLock()))
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	say("rtrylock " + strconv.FormatBool(rw.TryRLock()) + " wtrylock " + strconv.FormatBool(rw.TryLock()))
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { say("once") })
	}
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	say("waited")
	p := sync.Pool{New: func() any { return "new" }}
	say("pool " + p.Get().(string))
	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	say("map " + strconv.Itoa(v.(int)) + " " + strconv.FormatBool(ok))

	var i32 int32 = 2147483647
	say("add32 " + strconv.Itoa(int(atomic.AddInt32(&i32, 1))))
	var u32 uint32 = 1
	say("sub32 " + strconv.FormatUint(uint64(atomic.AddUint32(&u32, ^uint32(1))), 10))
	say("cas32 " + strconv.FormatBool(atomic.CompareAndSwapUint32(&u32, 0xffffffff, 7)) + " " + strconv.FormatBool(atomic.CompareAndSwapUint32(&u32, 0, 8)) + " " + strconv.FormatUint(uint64(atomic.LoadUint32(&u32)), 10))
	say("swap32 " + strconv.FormatUint(uint64(atomic.SwapUint32(&u32, 0xdeadbeef)), 10) + " " + strconv.FormatUint(uint64(u32), 16))
	say("and32 " + strconv.FormatUint(uint64(atomic.AndUint32(&u32, 0xffff)), 16) + " " + strconv.FormatUint(uint64(u32), 16))
	say("or32 " + strconv.FormatUint(uint64(atomic.OrUint32(&u32, 0xf0000)), 16) + " " + strconv.FormatUint(uint64(u32), 16))
	var i64 int64 = 9223372036854775807
	say("add64 " + strconv.FormatInt(atomic.AddInt64(&i64, 1), 10))
	say("add64 " + strconv.FormatInt(atomic.AddInt64(&i64, -1), 10))
	var u64 uint64 = 1 << 63
	say("addu64 " + strconv.FormatUint(atomic.AddUint64(&u64, 1<<63+5), 10))
	say("cas64 " + strconv.FormatBool(atomic.CompareAndSwapUint64(&u64, 5, 1<<60)) + " " + strconv.FormatUint(atomic.LoadUint64(&u64), 16))
	say("swap64 " + strconv.FormatUint(atomic.SwapUint64(&u64, 0xffffffffffffffff), 16) + " " + strconv.FormatUint(u64, 16))
	say("and64 " + strconv.FormatUint(atomic.AndUint64(&u64, 0xff00000000ff), 16) + " " + strconv.FormatUint(u64, 16))
	say("or64 " + strconv.FormatUint(atomic.OrUint64(&u64, 1<<62), 16) + " " + strconv.FormatUint(u64, 16))
	atomic.StoreInt64(&i64, -5)
	say("store64 " + strconv.FormatInt(atomic.LoadInt64(&i64), 10))
	x, y := 1, 2
	px := unsafe.Pointer(&x)
	say("ptr load " + strconv.Itoa(*(*int)(atomic.LoadPointer(&px))))
	say("ptr cas " + strconv.FormatBool(atomic.CompareAndSwapPointer(&px, unsafe.Pointer(&y), unsafe.Pointer(&y))) + " " + strconv.FormatBool(atomic.CompareAndSwapPointer(&px, unsafe.Pointer(&x), unsafe.Pointer(&y))) + " " + strconv.Itoa(*(*int)(px)))
	say("ptr swap " + strconv.Itoa(*(*int)(atomic.SwapPointer(&px, unsafe.Pointer(&x)))))
	atomic.StorePointer(&px, nil)
	say("ptr store " + strconv.FormatBool(px == nil))
	var av atomic.Value
	av.Store("v1")
	say("value " + av.Load().(string) + " " + av.Swap("v2").(string) + " " + strconv.FormatBool(av.CompareAndSwap("v2", "v3")) + " " + av.Load().(string))
	var ab atomic.Bool
	ab.Store(true)
	say("bool " + strconv.FormatBool(ab.Load()) + " " + strconv.FormatBool(ab.Swap(false)) + " " + strconv.FormatBool(ab.Load()))
	var ui atomic.Uintptr
	ui.Add(^uintptr(0))
	say("uintptr " + strconv.FormatUint(uint64(ui.Load()), 16))
}
