// A comment.
#!/bin/sh
package main
