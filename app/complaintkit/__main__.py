import sys

from complaintkit.cli import main

sys.exit(main())
