import sys

from tools.screenshots.shots import main

sys.exit(main())
