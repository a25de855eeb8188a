from pipeline.gloss.command import main

raise SystemExit(main())
