# SystemExit's message goes through sys.stderr's write() in two pieces (no flush after it); then the
# flushes at exit. The status is SystemExit's (1 for a message).
import sys

class Recorder:
    def write(self, s):
        sys.__stdout__.write('<' + s + '>')
    def flush(self):
        sys.__stdout__.write('[flush]')

sys.stdout = Recorder()
sys.stderr = Recorder()
print('bye soon')
sys.exit('leaving with a message')
