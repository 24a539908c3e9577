import { z } from "zod";

/*
 * zod 4 probes `new Function("")` before its first object parse, to compile faster
 * parsers. Our Content-Security-Policy (no 'unsafe-eval') blocks it, and the browser
 * reports a violation even though zod catches the error. Forms parse fast enough
 * without the compiled parsers, so skip the probe.
 */
z.config({ jitless: true });
