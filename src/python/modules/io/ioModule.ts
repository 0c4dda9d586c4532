// The io module (and _io, its C half): StringIO, BytesIO, open and the file types, UnsupportedOperation.

import type { PyObject } from '../../runtime/object';
import { newInt, newStr } from '../../runtime/factory';
import { incref } from '../../runtime/heap';
import type { VM } from '../../vm/vm';
import { bytesIOType, stringIOType } from './memoryStreams';
import { randomType, readerType, textFileType, writerType } from './fileObjects';
import { unsupportedOperationType } from './streamBase';

export function ioModuleContents(vm: VM): Record<string, PyObject> {
  return {
    StringIO: stringIOType(),
    BytesIO: bytesIOType(),
    TextIOWrapper: textFileType(),
    BufferedReader: readerType(),
    BufferedWriter: writerType(),
    BufferedRandom: randomType(),
    UnsupportedOperation: unsupportedOperationType(),
    open: incref(vm.builtins.getStr('open')!),
    DEFAULT_BUFFER_SIZE: newInt(8192),
    SEEK_SET: newInt(0),
    SEEK_CUR: newInt(1),
    SEEK_END: newInt(2),
    __doc__: newStr('The io module provides the Python interfaces to stream handling.'),
  };
}
