// Chunk 'base64': the base64 module and the binascii module it is made of (Python; binascii stands in for C).
import { BASE64_PY } from '../../python/base64';
import { BINASCII_PY } from '../../python/binascii';
import { cModuleInPython, pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const BASE64_CHUNK: ModuleGroup = { base64: pythonModule('base64', BASE64_PY), binascii: cModuleInPython('binascii', BINASCII_PY) };
