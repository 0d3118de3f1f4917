#pragma once
// Calibrates the int8 scales of activations: runs the first N samples of a source
// through the graph in evaluation mode and records, for each node that an int8
// kernel would run (Dense, Conv2D, ConvTranspose2D: the layers that multiply
// activations by weights), the largest |value| it reads. The scale is that maximum
// over 127 (symmetric, like the weights), 1 when the node only ever read zeros.
#include "engine/Graph.h"

#include <cstddef>
#include <map>
#include <string>

namespace nw {

class BatchSource;
class ThreadPool;

// Node types whose input is quantized, by the engine's typeName().
bool readsInt8Input(const std::string& layerType);

// Node id -> input scale. Calibration runs on floats: input quantization the graph
// already has is switched off for the pass and put back afterwards. Throws
// EngineError when the source has no samples or when a value read is not finite.
std::map<std::string, float> calibrateInputScales(
    Graph& graph, const BatchSource& source, std::size_t samples, ThreadPool& pool);

} // namespace nw
