def f():
    raise ValueError("x")   
try:
    f()	
except Exception: pass
f()  
