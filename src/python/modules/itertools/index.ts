// The itertools module: its iterator types and tee().

import { PyObject } from '../../runtime/object';
import { builtinFunction } from '../../builtins/define';
import { once } from '../nativeType';
import { countType, cycleType, repeatType, installInfinite } from './infinite';
import {
  accumulateType, compressType, dropwhileType, filterfalseType, installFiltering, isliceType, pairwiseType, starmapType, takewhileType,
} from './filtering';
import { chainType, groupbyType, grouperType, installChaining, zipLongestType } from './chaining';
import { combinationsType, cwrType, installCombinatoric, permutationsType, productType } from './combinatoric';
import { installTee, tee, teeDataType, teeType } from './tee';
import type { VM } from '../../vm/vm';

const contents = once((): Record<string, PyObject> => {
  installInfinite();
  installFiltering();
  installChaining();
  installCombinatoric();
  installTee();
  return {
    accumulate: accumulateType(),
    chain: chainType(),
    combinations: combinationsType(),
    combinations_with_replacement: cwrType(),
    compress: compressType(),
    count: countType(),
    cycle: cycleType(),
    dropwhile: dropwhileType(),
    filterfalse: filterfalseType(),
    groupby: groupbyType(),
    islice: isliceType(),
    pairwise: pairwiseType(),
    permutations: permutationsType(),
    product: productType(),
    repeat: repeatType(),
    starmap: starmapType(),
    takewhile: takewhileType(),
    tee: builtinFunction('tee', tee),
    zip_longest: zipLongestType(),
    _grouper: grouperType(),
    _tee: teeType(),
    _tee_dataobject: teeDataType(),
  };
});

export function itertoolsModuleContents(_vm: VM): Record<string, PyObject> {
  const out = { ...contents() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
