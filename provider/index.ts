// The entry the schema analyser reads: every component the package exports.
// At run time the host loads index.js, the compiled components.
export * from "../components";
