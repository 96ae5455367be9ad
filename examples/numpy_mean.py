import subprocess
subprocess.run(['pip', 'install', 'numpy'])
import numpy as np
print(np.array([1, 2, 3]).mean())
