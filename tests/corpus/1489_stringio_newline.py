# io.StringIO(newline=...): what each newline mode translates on write and where lines end on read (csv opens with newline="").
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl); print(repr(nl), repr(s.getvalue()), list(s), s.readline(), s.tell())
    s = io.StringIO(newline=nl); s.write('x\ny\r\nz\r'); s.seek(0); print(repr(s.getvalue()), list(s), s.tell())
    s = io.StringIO('one\r\ntwo\r\n', newline=nl); print(repr(s.readline(2)), repr(s.readline()), s.readlines())
