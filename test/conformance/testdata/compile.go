// compile

package p
