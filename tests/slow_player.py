"""An audio player for tests: 'plays' a WAV in real time to no device (CI has no sound card), so a test
can press keys while the app is speaking."""

import sys
import time
import wave

with wave.open(sys.argv[1]) as sound:
    time.sleep(sound.getnframes() / sound.getframerate())
