package sqlite

import (
	"strconv"
	"unicode/utf8"
)

// rows builds a JSON array of rows (arrays of strings, integers and nulls)
// for the statements that insert many rows from one parameter with
// json_each. It appends to one reused buffer instead of going through
// encoding/json, whose reflection would cost more than the insert.
type rows struct {
	buf  []byte
	n    int  // rows
	cols bool // the current row has a value already
}

func (rs *rows) reset() { rs.buf, rs.n = append(rs.buf[:0], '['), 0 }

// row starts a row.
func (rs *rows) row() *rows {
	if rs.n > 0 {
		rs.buf = append(rs.buf, ']', ',')
	}
	rs.buf = append(rs.buf, '[')
	rs.n++
	rs.cols = false
	return rs
}

func (rs *rows) sep() {
	if rs.cols {
		rs.buf = append(rs.buf, ',')
	}
	rs.cols = true
}

func (rs *rows) int(v int64) *rows {
	rs.sep()
	rs.buf = strconv.AppendInt(rs.buf, v, 10)
	return rs
}

func (rs *rows) null() *rows {
	rs.sep()
	rs.buf = append(rs.buf, "null"...)
	return rs
}

// str appends s as a JSON string: the escapes JSON requires, and invalid
// UTF-8 as U+FFFD, as encoding/json does.
func (rs *rows) str(s string) *rows { return rs.quote(s, true) }

// raw appends s as a JSON string that SQLite reads back byte for byte,
// invalid UTF-8 included (its JSON functions pass such bytes through), as
// a column bound from Go keeps them: for values copied from such columns.
func (rs *rows) raw(s string) *rows { return rs.quote(s, false) }

func (rs *rows) quote(s string, fixUTF8 bool) *rows {
	rs.sep()
	const hex = "0123456789abcdef"
	b := append(rs.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && (c < utf8.RuneSelf || !fixUTF8) {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	rs.buf = append(b, '"')
	return rs
}

// json returns the array, closed; the rows stay for reuse until reset.
func (rs *rows) json() string {
	if rs.n > 0 {
		return string(append(rs.buf, ']', ']'))
	}
	return "[]"
}
