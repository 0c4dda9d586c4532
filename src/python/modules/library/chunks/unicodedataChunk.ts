// Chunk 'unicodedata': the unicodedata module and the character names, which the \N{...} escape reads too.
import { unicodedataModuleContents } from '../../unicodedata/unicodedataModule';
import { UNICODE_NAMES } from '../../unicodedata/unicodeNames';
import type { ModuleGroup } from '../moduleLibrary';

export const UNICODEDATA_CHUNK: ModuleGroup = { unicodedata: { native: unicodedataModuleContents, unicodeNames: UNICODE_NAMES } };
