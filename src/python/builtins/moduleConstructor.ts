// module(name, doc=None), i.e. types.ModuleType: a module object with the dict module_init_dict fills.

import { NativeRaise } from '../errors';
import { PyModule, PyStr } from '../runtime/objects';
import { None, T } from '../runtime/builtinTypes';
import { newDict } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { positionalOrKeyword } from './define';

export function installModuleConstructor(): void {
  T.module.nativeNew = (vm, args, kwargs) => {
    const [name, doc] = positionalOrKeyword('module', args, kwargs, ['name', 'doc'], 1);
    if (!(name instanceof PyStr)) throw new NativeRaise('TypeError', `module() argument 'name' must be str, not ${name!.type.name}`);
    const dict = newDict();
    dictSetStr(dict, '__name__', name);
    dictSetStr(dict, '__doc__', doc ?? None);
    for (const key of ['__package__', '__loader__', '__spec__']) dictSetStr(dict, key, None);
    const module = vm.heap.register(new PyModule(T.module, name.value, dict));
    module.madeByProgram = true;
    vm.heap.track(module);
    return module;
  };
}
