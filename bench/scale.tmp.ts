import * as path from "path";
import { Figures } from "./figures";
import { measureScale } from "./checkScale";
measureScale(new Figures(), "/work/wt/check", Number(process.env.N ?? 10000)).catch((e) => { console.error(e); process.exit(1); });
