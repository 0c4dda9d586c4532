// Imported for its effect by Node entry points (the CLI, runProgram, the benches, the tests' setup): every
// module's code linked in and installed, so an import never waits.
import { installModuleLibrary } from './moduleLibrary';
import { staticModuleLibrary } from './staticLibrary';

installModuleLibrary(staticModuleLibrary());
