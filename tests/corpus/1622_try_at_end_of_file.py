# A script ending inside a try with no handler: CPython shows its last line with no marker.
print("never runs")
try:
    x = 1
# the end
