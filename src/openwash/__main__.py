"""``python -m openwash`` runs the command line."""

import sys

from openwash.cli import main

sys.exit(main())
