// The pickle module in the spirit of CPython's pure-Python pickle.py, giving the bytes python3's _pickle gives:
// opcodes, errors, framing, helpers. The pickler and unpickler follow in picklePickler*.ts and pickleUnpickler*.ts.

export const PICKLE_PY = String.raw`
"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.
"""

from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
import sys
import io

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# python3's pickle classes come from its C accelerator.
PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view

    def release(self):
        self._view.release()


# The opcodes (see pickletools for what each one does).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'


class _Framer:
    # Protocol 4 groups opcodes in frames of about 64 KiB; a frame under 4 bytes is written without its header.
    _FRAME_SIZE_MIN = 4
    _FRAME_SIZE_TARGET = 64 * 1024

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            frame = self.current_frame
            if frame.tell() >= self._FRAME_SIZE_TARGET or force:
                data = frame.getvalue()
                if len(data) >= self._FRAME_SIZE_MIN:
                    self.file_write(FRAME + pack("<Q", len(data)))
                self.file_write(data)
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        # A payload bigger than a frame goes straight to the file, after the frame so far.
        if self.current_frame:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


class _Unframer:

    def __init__(self, file_read, file_readline, file_tell=None):
        self.file_read = file_read
        self.file_readline = file_readline
        self.current_frame = None

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def read(self, n):
        if self.current_frame:
            data = self.current_frame.read(n)
            if not data and n != 0:
                self.current_frame = None
                return self.file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_read(n)

    def readline(self):
        if self.current_frame:
            data = self.current_frame.readline()
            if not data:
                self.current_frame = None
                return self.file_readline()
            if data[-1] != b'\n'[0]:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, frame_size):
        if self.current_frame and self.current_frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.file_read(frame_size)
        if len(data) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self.current_frame = io.BytesIO(data)


def _getattribute(obj, name):
    # A dotted qualified name looked up part by part; a function's locals cannot be reached.
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't pickle local object {!r}".format(name))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    """Encode a long to a two's complement little-endian binary string."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    """Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    # What python3 calls _codecs.encode: protocols 0-2 rebuild bytes from a latin-1 str with it.
    return obj.encode(encoding, errors)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'

# Globals the playground has no module for, by (module, name).
_STAND_INS = {('_codecs', 'encode'): _codecs_encode}

# Python 2's names of what protocols 0-2 refer to (the part of _compat_pickle the playground's modules need).
_IMPORT_MAPPING = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'repr': 'reprlib'}
_REVERSE_IMPORT_MAPPING = {v: k for k, v in _IMPORT_MAPPING.items()}
_REVERSE_IMPORT_MAPPING.update({'_functools': 'functools', '_pickle': 'pickle'})
_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
}
_REVERSE_NAME_MAPPING = {v: k for k, v in _NAME_MAPPING.items()}
_REVERSE_NAME_MAPPING[('_functools', 'reduce')] = ('__builtin__', 'reduce')
for _name in ("ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning "
              "DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning "
              "GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError "
              "KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError OverflowError "
              "PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError "
              "SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError "
              "UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError "
              "Warning ZeroDivisionError").split():
    _NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)
    _REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)
for _name in ("BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError "
              "ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError "
              "NotADirectoryError PermissionError ProcessLookupError TimeoutError").split():
    _REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")
_REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
_NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
_NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
del _name
`;
