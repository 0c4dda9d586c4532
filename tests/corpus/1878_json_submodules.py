# json.decoder and json.encoder are reachable after import json (except json.decoder.JSONDecodeError).
import json
try:
    json.loads('{bad')
except json.decoder.JSONDecodeError as e:
    print('caught', e.msg, e.pos)
print(json.JSONDecodeError is json.decoder.JSONDecodeError, json.JSONEncoder is json.encoder.JSONEncoder)
print(json.decoder.JSONDecoder is json.JSONDecoder, json.decoder.__name__, json.encoder.__name__)
from json.decoder import JSONDecodeError
import json.encoder as enc
print(JSONDecodeError.__module__, enc is json.encoder, 'decoder' in dir(json), 'encoder' in dir(json))
print(json.dumps({'a': [1, 2]}), json.loads('[1, 2.5, null]'))
import sys
print('json.decoder' in sys.modules, 'json.encoder' in sys.modules)
