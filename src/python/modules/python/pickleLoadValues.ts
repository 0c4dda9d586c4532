// pickle: the unpickler's input (python3's truncation errors) and the loaders of scalar values.

export const PICKLE_LOAD_VALUES_PY = String.raw`


class _Input:
    # The stream as python3's unpickler reads it: a frame's bytes read ahead (they must all be there), then
    # the rest from the file; a short read is truncated data.
    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.pending = b''

    def read(self, n):
        if self.pending:
            data = self.pending[:n]
            self.pending = self.pending[n:]
            if len(data) < n:
                data += self.file_read(n - len(data))
        else:
            data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self.pending:
            end = self.pending.find(b'\n')
            if end >= 0:
                data = self.pending[:end + 1]
                self.pending = self.pending[end + 1:]
                return data
            data = self.pending + self.file_readline()
            self.pending = b''
        else:
            data = self.file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def opcode(self):
        if self.pending:
            key = self.pending[0]
            self.pending = self.pending[1:]
            return key
        data = self.file_read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    def frame(self, n):
        self.pending = self.read(n)



class _LoadValues:
    # The loaders of scalar values, by opcode (the rest of _Unpickler is in the next part).

    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        self._input.frame(unpack('<Q', self.read(8))[0])
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        self.append(self.persistent_load(self.pop()))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == FALSE[1:]:
            self.append(False)
        elif data == TRUE[1:]:
            self.append(True)
        else:
            self.append(int(data, 0))
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = unpack('<i', self.read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        # Python 2's str: bytes when asked for, else decoded with the given encoding.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(data))
    dispatch[STRING[0]] = load_string

    def _sized(self, size_format):
        size = unpack(size_format, self.read(len(pack(size_format, 0))))[0]
        if size > sys.maxsize:
            raise UnpicklingError("exceeds system's maximum size of %d bytes" % sys.maxsize)
        return self.read(size)

    def load_binstring(self):
        self.append(self._decode_string(self._sized('<i')))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        self.append(self._sized('<I'))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        self.append(str(self._sized('<I'), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        self.append(str(self._sized('<Q'), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        self.append(self._sized('<Q'))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        self.append(bytearray(self._sized('<Q')))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        self.append(self._decode_string(self._sized('<B')))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        self.append(self._sized('<B'))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        self.append(str(self._sized('<B'), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode
`;
