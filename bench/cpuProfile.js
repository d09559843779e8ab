// Preloaded into a profiled pack (NODE_OPTIONS=--require, where --cpu-prof is
// not allowed): records a CPU profile with node's inspector and, when the
// harness stops the pack with SIGTERM, writes it to $BENCH_PROFILE_DIR.
const fs = require("fs");
const path = require("path");
const inspector = require("inspector");

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable", () => session.post("Profiler.start"));

process.on("SIGTERM", () => {
    session.post("Profiler.stop", (err, result) => {
        if (!err) {
            const file = path.join(process.env.BENCH_PROFILE_DIR, `pack-${process.pid}.cpuprofile`);
            fs.writeFileSync(file, JSON.stringify(result.profile));
        }
        process.exit(0);
    });
});
