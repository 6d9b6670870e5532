// A small text-processing program mixing maps, slices, sorting, strings,
// closures and fmt.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

type entry struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	var entries []entry
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println(len(words), "words,", len(freq), "distinct")
	for _, e := range entries[:8] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, strings.Join(ws, ","))
	}
	fmt.Println(freq)
}
