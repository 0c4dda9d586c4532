// Chunk 'queue': the queue module (Python; its classes' `Queue[int]` is the builtin containers' GenericAlias).
import { QUEUE_PY } from '../../python/queue';
import { genericAliasClassGetItem } from '../../../builtins/objectSlots';
import type { ModuleGroup } from '../moduleLibrary';

export const QUEUE_CHUNK: ModuleGroup = {
  queue: { native: () => ({ _class_getitem: genericAliasClassGetItem() }), python: [QUEUE_PY, 'queue.py'] },
};
