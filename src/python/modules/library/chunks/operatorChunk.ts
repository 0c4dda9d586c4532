// Chunk 'operator': operator and _operator (one native module under both names, as CPython's operator re-exports _operator).
import { operatorModuleContents } from '../../operator';
import type { ModuleGroup } from '../moduleLibrary';

export const OPERATOR_CHUNK: ModuleGroup = { operator: { native: operatorModuleContents }, _operator: { native: operatorModuleContents } };
