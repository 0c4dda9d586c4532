// Chunk 'collections': _collections (deque, OrderedDict's helpers), collections and collections.abc.
import { collectionsNativeContents } from '../../deque';
import { COLLECTIONS_PY } from '../../python/collections';
import { COLLECTIONS_TUPLES_PY } from '../../python/collectionsTuples';
import { COLLECTIONS_USER_PY } from '../../python/collectionsUser';
import { COLLECTIONS_ABC_PY } from '../../python/collectionsAbc';
import { COLLECTIONS_ABC_CONTAINERS_PY } from '../../python/collectionsAbcContainers';
import type { ModuleGroup } from '../moduleLibrary';

export const COLLECTIONS_CHUNK: ModuleGroup = {
  _collections: { native: collectionsNativeContents },
  collections: { native: () => ({}), python: [COLLECTIONS_PY + COLLECTIONS_TUPLES_PY + COLLECTIONS_USER_PY, 'collections.py'] },
  'collections.abc': { native: () => ({}), python: [COLLECTIONS_ABC_PY + COLLECTIONS_ABC_CONTAINERS_PY, 'collections/abc.py'] },
};
