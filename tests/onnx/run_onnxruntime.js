// Runs an ONNX model under onnxruntime-node (CPU) on float32 inputs and prints
// every output as JSON: node run_onnxruntime.js MODEL.onnx INPUT.f32 DIMS...
// (INPUT.f32: raw little-endian float32, DIMS its shape). Used by
// check_onnx_runtime.py; NODE_PATH names the folder holding onnxruntime-node.
const fs = require('fs');
const ort = require('onnxruntime-node');

async function main() {
    const [model, inputFile, ...dims] = process.argv.slice(2);
    const bytes = fs.readFileSync(inputFile);
    const values = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const session = await ort.InferenceSession.create(model, { executionProviders: ['cpu'] });
    const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', values, dims.map(Number)) };
    const results = await session.run(feeds);
    const out = { inputs: session.inputNames, outputs: {} };
    for (const name of session.outputNames)
        out.outputs[name] = { dims: results[name].dims, data: Array.from(results[name].data) };
    process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
    process.stderr.write(String(e && e.stack || e) + '\n');
    process.exit(1);
});
