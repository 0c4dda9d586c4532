// pickle: the savers of builtin values (None, bool, int, float, bytes, str, tuple, list, dict, set...).

export const PICKLE_VALUES_PY = String.raw`


class _SaveValues:
    # The savers of builtin values, by type (the rest of _Pickler is in the next part).

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def _save_sized(self, obj, short, short_max, long4, long8):
        # A bytes-like payload behind the opcode its length calls for; one bigger than a frame bypasses framing.
        n = len(obj)
        if n <= short_max:
            self.write(short + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(long8 + pack("<Q", n), obj)
        elif n >= self.framer._FRAME_SIZE_TARGET:
            self._write_large_bytes(long4 + pack("<I", n), obj)
        else:
            self.write(long4 + pack("<I", n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_sized(obj, SHORT_BINBYTES, 0xff, BINBYTES, BINBYTES8)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= self.framer._FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), obj)
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + obj)
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            if len(encoded) <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", len(encoded)) + encoded)
            else:
                self._save_sized(encoded, BINUNICODE, -1, BINUNICODE, BINUNICODE8)
        else:
            # raw-unicode-escape, with the characters that would end the line or the escape escaped too.
            tmp = obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
            tmp = tmp.replace("\r", "\\u000d").replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # A tuple reached again through its own items is in the memo by now: its copy on the stack is dropped.
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_list_exact(self, obj):
        # python3's C pickler on a list itself: one item by APPEND, more in MARK ... APPENDS batches of 1000.
        if len(obj) == 1:
            self.save(obj[0])
            self.write(APPEND)
            return
        total = 0
        while total < len(obj):
            self.write(MARK)
            for _ in range(self._BATCHSIZE):
                if total >= len(obj):
                    break
                self.save(obj[total])
                total += 1
            self.write(APPENDS)

    _BATCHSIZE = 1000

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = [x for _, x in zip(range(self._BATCHSIZE), it)]
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < self._BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if self.bin:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_dict_exact(self, obj):
        # python3's C pickler on a dict itself: one item by SETITEM, more in MARK ... SETITEMS batches of 1000,
        # the last one empty when the size is a multiple of 1000.
        if not obj:
            return
        items = iter(obj.items())
        if len(obj) == 1:
            k, v = next(items)
            self.save(k)
            self.save(v)
            self.write(SETITEM)
            return
        while True:
            self.write(MARK)
            count = 0
            for k, v in items:
                self.save(k)
                self.save(v)
                count += 1
                if count == self._BATCHSIZE:
                    break
            self.write(SETITEMS)
            if count < self._BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = [x for _, x in zip(range(self._BATCHSIZE), it)]
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < self._BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        # MARK ... ADDITEMS batches of 1000, the last one empty when the size is a multiple of 1000 (as python3's).
        items = iter(obj)
        while True:
            self.write(MARK)
            count = 0
            for item in items:
                self.save(item)
                count += 1
                if count == self._BATCHSIZE:
                    break
            self.write(ADDITEMS)
            if count < self._BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            # A frozenset reached through its own items (by way of a reduce): fetched back from the memo.
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset


def _raw_unicode_escape(s):
    # str.encode('raw-unicode-escape'): latin-1 characters as they are, the others as \\uXXXX or \\UXXXXXXXX.
    out = bytearray()
    for ch in s:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif code < 0x10000:
            out += ('\\u%04x' % code).encode('ascii')
        else:
            out += ('\\U%08x' % code).encode('ascii')
    return bytes(out)
`;
