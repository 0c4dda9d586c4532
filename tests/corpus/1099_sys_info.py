import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.getdefaultencoding(), sys.maxunicode, sys.hexversion)
print(sys.version_info, type(sys.version_info), sys.version_info.releaselevel, sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.float_info)
print(sys.hash_info, sys.api_version, sys.float_repr_style, sys.getfilesystemencoding())
print(sys.float_info.dig, sys.float_info.min * 2, sys.float_info[0], len(sys.float_info), sys.version_info.major == 3)
major, minor, *rest = sys.version_info
print(major, minor, rest, hash(float('inf')) == sys.hash_info.inf)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(e)
