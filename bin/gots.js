#!/usr/bin/env node
// The `gots` command: everything lives in the bundle built by `npm install`.
import "../dist/gots.js";
