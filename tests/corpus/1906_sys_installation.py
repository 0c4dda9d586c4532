# sys's installation values (deterministic parts) and its fixed-answer query functions.
import sys
print(sys.copyright == copyright.__repr__() if False else sys.copyright.splitlines()[0])
print(type(sys.executable).__name__, sys.executable == sys._base_executable, sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix)
print(sys._stdlib_dir.startswith(sys.prefix), sys.executable.startswith(sys.prefix), sys._stdlib_dir in sys.path)
print(sys.platlibdir, repr(sys.abiflags), sys.dont_write_bytecode, sys.pycache_prefix, sys.warnoptions, sys._xoptions, repr(sys._framework), sys._home)
print(sys.byteorder, sys.maxunicode, sys.float_info.mant_dig, sys.int_info.bits_per_digit, sys.hash_info.algorithm, sys.implementation.name, sys.flags.dont_write_bytecode)
print(sys.getswitchinterval(), sys.gettrace(), sys.getprofile(), sys.getfilesystemencodeerrors(), sys.getdlopenflags(), sys.get_coroutine_origin_tracking_depth())
print(sys.call_tracing(max, (1, 2)), sys.audit('x', 1), sys.audit(1), sys._clear_type_cache())
print(sys.call_tracing, sys.audit, sys.getswitchinterval, sys.gettrace)
for bad in [lambda: sys.call_tracing(max, [1]), lambda: sys.audit(), lambda: sys.gettrace(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
